"""The colours and the style sheet of the HTML report, inline in the page.

Every colour the style sheet uses is a pair of `PALETTE`, text on its background;
``tests/test_report_html.py`` computes each pair's contrast ratio from the WCAG 2
formula and holds it to at least 4.5 : 1 (level AA for text), and checks the style
sheet names no other colour. A status or a severity is never told by colour alone: its
badge carries its words.

Every rule is scoped under the class ``pledgekit``, so that the same sheet inside a
notebook's output styles the report and nothing around it.
"""

from __future__ import annotations

from typing import Final

from pledgekit._finding import Severity
from pledgekit._progress import PaceStatus

#: Text colour on background colour, by the use they are put to (hexadecimal sRGB).
PALETTE: Final[dict[str, tuple[str, str]]] = {
    "text": ("#1a1a1a", "#ffffff"),
    "muted": ("#4a4a4a", "#ffffff"),
    "link": ("#0a4f9e", "#ffffff"),
    "header": ("#1a1a1a", "#e8ecf1"),
    "headline": ("#1a1a1a", "#f3f5f8"),
    "muted_headline": ("#4a4a4a", "#f3f5f8"),
    "rule": ("#595959", "#ffffff"),
    "bad": ("#ffffff", "#a1232b"),
    "caution": ("#1a1a1a", "#f2c744"),
    "info": ("#ffffff", "#1f4e79"),
    "good": ("#ffffff", "#22642a"),
    "none": ("#ffffff", "#555555"),
}

#: The badge of each severity: the palette's pair it is shown in.
SEVERITY_TONES: Final = {Severity.ERROR: "bad", Severity.WARNING: "caution", Severity.INFO: "info"}
#: The badge of each status.
STATUS_TONES: Final = {
    PaceStatus.ACHIEVED: "good",
    PaceStatus.ON_TRACK: "good",
    PaceStatus.NEEDS_ACCELERATION: "caution",
    PaceStatus.LIMITED_PROGRESS: "caution",
    PaceStatus.DETERIORATING: "bad",
    PaceStatus.MISSED: "bad",
    PaceStatus.NO_DATA: "none",
}


def _fg(name: str) -> str:
    return PALETTE[name][0]


def _bg(name: str) -> str:
    return PALETTE[name][1]


_TONES: Final = "".join(
    f".pledgekit .pledgekit-tone-{name}{{color:{_fg(name)};background:{_bg(name)}}}"
    for name in ("bad", "caution", "info", "good", "none")
)

#: The style sheet, in the page's ``<style>`` and in the notebook's fragment.
STYLE: Final = (
    ".pledgekit{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;"
    f"line-height:1.5;color:{_fg('text')};background:{_bg('text')};max-width:64rem;"
    "margin:0 auto;padding:1rem 1.25rem}"
    ".pledgekit h1{font-size:1.75rem;line-height:1.25}"
    ".pledgekit h2{font-size:1.4rem;margin-top:2rem;"
    f"border-bottom:2px solid {_fg('rule')}}}"
    ".pledgekit h3{font-size:1.15rem;margin-top:1.5rem}"
    f".pledgekit a{{color:{_fg('link')}}}"
    f".pledgekit .pledgekit-muted,.pledgekit .pledgekit-settings{{color:{_fg('muted')}}}"
    ".pledgekit table{border-collapse:collapse;margin:.5rem 0 1rem}"
    ".pledgekit caption{text-align:left;font-weight:bold;padding:.25rem 0}"
    f".pledgekit th,.pledgekit td{{border:1px solid {_fg('rule')};padding:.25rem .5rem;"
    "vertical-align:top}"
    f".pledgekit th{{color:{_fg('header')};background:{_bg('header')}}}"
    f".pledgekit .pledgekit-headline{{color:{_fg('headline')};background:{_bg('headline')};"
    "display:flex;flex-wrap:wrap;gap:.5rem 2rem;margin:1rem 0;padding:.75rem 1rem}"
    ".pledgekit .pledgekit-headline div{min-width:9rem}"
    f".pledgekit .pledgekit-headline dt{{color:{_fg('muted_headline')};font-size:.9rem}}"
    ".pledgekit .pledgekit-headline dd{margin:0;font-size:1.2rem;font-weight:bold}"
    ".pledgekit .pledgekit-badge{display:inline-block;padding:0 .4rem;border-radius:.25rem;"
    "font-weight:bold}"
    f"{_TONES}"
    ".pledgekit figure{margin:1rem 0}"
    ".pledgekit figure svg{width:100%;height:auto}"
    ".pledgekit blockquote{margin:.5rem 0;padding-left:1rem;"
    f"border-left:4px solid {_fg('rule')}}}"
)
