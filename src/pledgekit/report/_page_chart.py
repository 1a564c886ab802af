"""A target's burn-up chart as inline SVG, for the HTML page; or ``None`` without matplotlib.

The chart is [`pledgekit.chart.plot`][pledgekit.chart.plot]'s, drawn on a figure of its own with
matplotlib's SVG renderer into a string, and stripped of what does not belong inside
an HTML page: the XML declaration, the document type (which names an external DTD)
and the metadata block. Every text is drawn as paths, so the page needs no font; the
``<svg>`` element is given ``role="img"``, an ``aria-label`` and a ``<title>``, the text
alternative a screen reader reads. Identifiers inside the drawing are salted with the
target's id, so that two charts on one page do not share one, and the same case gives
the same page.
"""

from __future__ import annotations

import html
import io
import re
from typing import Final

from pledgekit._case import TargetAssessment
from pledgekit.messages import Language

#: What an inline SVG leaves out: the XML declaration, the DOCTYPE, the metadata.
_PROLOGUE: Final = re.compile(r"\A.*?(?=<svg\b)", re.DOTALL)
_METADATA: Final = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)
#: The size matplotlib writes on the root element (the page sizes the drawing instead),
#: and the namespace declarations, which HTML implies for an ``<svg>`` inside it.
_ROOT: Final = re.compile(r'\s(?:width|height|xmlns(?::xlink)?)="[^"]*"')
#: An identifier, and a reference to one, inside the drawing.
_IDS: Final = re.compile(r'(\bid="|\bhref="#|url\(#)([A-Za-z_][\w.-]*)(?=["\)])')


def chart_svg(assessed: TargetAssessment, lang: Language, label: str, number: int) -> str | None:
    """The burn-up chart of ``assessed`` as an ``<svg>`` element; ``None`` without matplotlib.

    ``label`` is the text alternative, in the page's language; ``number`` the chart's
    place on the page, which prefixes every identifier inside it (``pledgekit-chart-1-``).
    """
    try:
        import matplotlib
        from matplotlib.backends.backend_svg import FigureCanvasSVG
        from matplotlib.figure import Figure
    except ImportError:
        return None
    from pledgekit import chart

    salt = f"pledgekit-{assessed.target.id}"
    with matplotlib.rc_context({"svg.hashsalt": salt, "svg.fonttype": "path"}):
        figure = Figure(
            figsize=(chart.WIDTH / chart.DPI, chart.HEIGHT / chart.DPI),
            dpi=chart.DPI,
            layout="constrained",
        )
        FigureCanvasSVG(figure)
        chart.plot(assessed, ax=figure.subplots(), lang=lang)
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    return _inline(buffer.getvalue(), label, f"pledgekit-chart-{number}-")


def _inline(document: str, label: str, prefix: str) -> str:
    """An SVG document as an element of an HTML page, with its text alternative."""
    svg = _METADATA.sub("", _PROLOGUE.sub("", document, count=1), count=1)
    svg = _IDS.sub(lambda match: f"{match[1]}{prefix}{match[2]}", svg)
    opening, rest = svg.split(">", 1)
    opening = _ROOT.sub("", opening)
    words = html.escape(label, quote=True)
    return f'{opening} role="img" aria-label="{words}"><title>{words}</title>{rest.strip()}'
