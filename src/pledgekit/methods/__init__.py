"""Published evaluation methods, one module per source.

- [`pledgekit.methods.permendagri86`][pledgekit.methods.permendagri86]: capaian and
  predikat of the Indonesian RPJMD evaluation (Permendagri 86/2017).
- [`pledgekit.methods.sakip`][pledgekit.methods.sakip]: SAKIP institution grades AA … D
  (PermenPANRB 88/2021).
- [`pledgekit.methods.sdg`][pledgekit.methods.sdg]: the Statistics Canada method as
  shipped in Open SDG, and the UNSD progress chart.

Each module cites its source in its docstring; ``docs/methods.md`` sets out the
formulas, the ambiguities of each source and the default chosen.

>>> from pledgekit.methods import sakip
>>> sakip.grade(85).meaning
'Memuaskan'
"""

from __future__ import annotations

from pledgekit.methods import permendagri86, sakip, sdg

__all__ = ["permendagri86", "sakip", "sdg"]
