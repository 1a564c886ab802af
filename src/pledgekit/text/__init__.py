"""Read and write figures, dates and periods as Indonesian (and English) texts write them.

Officials and the press write ``"150.000"``, ``"5,9 persen"``, ``"141 ribu"``,
``"Rp1,8 triliun"``, ``"Jum'at (22/7/2022)"``, ``"Januari–Juni 2022"``. This module
reads such text exactly (figures become `Decimal`, never ``float``)
and refuses, with a [`ParseError`][pledgekit.ParseError] that says how the text
would have been read and what would be accepted, whatever a careful reader could
read in two ways.

Two locales are supported: ``"id"`` (Indonesian: ``1.234,5``; day first in numeric
dates) and ``"en"`` (English: ``1,234.5``; month first in numeric dates, as in
``7/22/2022``). Any other locale raises
[`InvalidValueError`][pledgekit.InvalidValueError].

>>> from pledgekit.text import (format_period, parse_bound, parse_date, parse_number,
...                             parse_period, parse_quantity)
>>> parse_number("141.624")
Decimal('141624')
>>> parse_quantity("1,2 juta orang")
Quantity(value=Decimal('1200000'), unit='orang', currency=None, resolution=Decimal('100000'))
>>> parse_date("Jum'at (22/7/2022)")
datetime.date(2022, 7, 22)
>>> format_period(parse_period("Januari-Juni 2022"))
'Januari–Juni 2022'
>>> parse_bound("di atas 6.000 orang").bound
'more_than'
"""

from __future__ import annotations

from pledgekit.text._bounds import Bound, BoundedNumber, Per, RateNumber, parse_bound, parse_rate
from pledgekit.text._common import LOCALES
from pledgekit.text._dates import IndonesianParserInfo, format_date, parse_date
from pledgekit.text._numbers import Quantity, format_number, parse_number, parse_quantity
from pledgekit.text._periods import format_period, parse_period

__all__ = [
    "LOCALES",
    "Bound",
    "BoundedNumber",
    "IndonesianParserInfo",
    "Per",
    "Quantity",
    "RateNumber",
    "format_date",
    "format_number",
    "format_period",
    "parse_bound",
    "parse_date",
    "parse_number",
    "parse_period",
    "parse_quantity",
    "parse_rate",
]
