"""Message catalogues: the words of every finding, status and report label, one per language.

The audit produces structured findings (kind, severity, the values, the items, which
problem) and no words; a catalogue words them from those fields alone, the way
gettext and Babel catalogues keep wording out of logic. English and Indonesian are
both worded here, so the two cannot drift apart;
[`pledgekit.Finding.message`][pledgekit.Finding.message] is the English catalogue's
wording.

>>> import datetime as dt
>>> from pledgekit import (Accumulation, Claim, ClaimKind, Direction, Indicator,
...                        Observation, Period, Target, audit)
>>> from pledgekit.messages import LANGUAGES, catalogue
>>> jobs = Indicator("Jobs", "persons", direction=Direction.INCREASE,
...                  accumulation=Accumulation.SUM)
>>> target = Target(jobs, 150000, period=Period.years(2019, 2022))
>>> data = [Observation(Period.year(2019), 27197), Observation(Period.year(2020), 56000)]
>>> [finding] = audit(target, data, [Claim(ClaimKind.ACHIEVED, 80000, dt.date(2020, 12, 31))])
>>> print(catalogue("en").finding(finding))
claimed 80,000 as of 31 December 2020, but the figures add up to 83,197: a difference of -3,197
>>> print(catalogue("id").finding(finding))
diklaim 80.000 per 31 Desember 2020, padahal angka-angkanya berjumlah 83.197: selisih -3.197
>>> catalogue("id").kind(finding.kind), catalogue("en").severity(finding.severity)
('Jumlah tidak cocok', 'Error')
>>> LANGUAGES
('id', 'en')

Adding a language
-----------------

A third language is one new file and one line:

1. Copy ``en.py`` to ``<code>.py`` in this package (``ms.py`` for Malay) and translate
   its tables: every label, status, severity, kind of finding and kind of claim, the
   weekdays, and its templates, one for each key of
   `pledgekit.messages._fields.KEYS` (the logic that reads a finding's fields
   and chooses the variant is shared, in `pledgekit.messages._fields`). Keep the
   few formats its grammar needs (plurals, list joining, "and N more"). Set
   ``notation`` to the [`pledgekit.text`][pledgekit.text] locale its figures and dates are written
   in.
2. Add the code to [`Language`][pledgekit.messages.Language] (``Literal["id", "en",
   "<code>"]``), so that the type checker accepts it, and the line ``"<code>": "<name in
   English>",`` to `_REGISTRY` below.

``tests/test_messages.py`` then checks that the new catalogue words every kind of
finding and every detail, and the report, its CLI option ``--lang`` included, offers
the language.
"""

from __future__ import annotations

import importlib
from typing import Final, Literal, TypeAlias

from pledgekit.exceptions import InvalidValueError
from pledgekit.messages._catalogue import Catalogue, FindingWords, Words, need

__all__ = ["LANGUAGES", "Catalogue", "FindingWords", "Language", "Words", "catalogue", "need"]

Language: TypeAlias = Literal["id", "en"]
"""The code of a language output is written in: what ``lang`` takes.

The type checker refuses another code; [`catalogue`][pledgekit.messages.catalogue] still
refuses one at run time:

>>> from typing import get_args
>>> from pledgekit.messages import LANGUAGES, Language, catalogue
>>> get_args(Language) == LANGUAGES
True
>>> lang: Language = "id"
>>> catalogue(lang)["achieved"]
'Realisasi'
>>> catalogue("fr")
Traceback (most recent call last):
...
pledgekit.exceptions.InvalidValueError: lang: got 'fr' (str); expected 'id' ...
"""

#: Each language's code and its name in English; the catalogue is the module of that code.
_REGISTRY: Final[dict[Language, str]] = {
    "id": "Indonesian",
    "en": "English",
}

LANGUAGES: Final[tuple[Language, ...]] = tuple(_REGISTRY)
"""The languages a catalogue words (codes), the default first.

Indonesian is the default, then English; each code names its catalogue:

>>> from pledgekit.messages import LANGUAGES, catalogue
>>> LANGUAGES
('id', 'en')
>>> [catalogue(code).name for code in LANGUAGES]
['Indonesian', 'English']
"""


def catalogue(lang: Language) -> Catalogue:
    """The message catalogue of a language.

    Args:
        lang: One of [`LANGUAGES`][pledgekit.messages.LANGUAGES].

    Raises:
        InvalidValueError: Another language.

    >>> from pledgekit.messages import catalogue
    >>> catalogue("en")["achieved"], catalogue("id")["achieved"]
    ('Achieved', 'Realisasi')
    >>> catalogue("fr")
    Traceback (most recent call last):
    ...
    pledgekit.exceptions.InvalidValueError: lang: got 'fr' (str); expected 'id' (Indonesian) or 'en' (English)
    """
    if not isinstance(lang, str) or lang not in _REGISTRY:
        names = [f"{code!r} ({name})" for code, name in _REGISTRY.items()]
        expected = ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]
        raise InvalidValueError(lang, expected, "lang")
    module = importlib.import_module(f"{__name__}.{lang}")
    found: Catalogue = module.CATALOGUE
    return found
