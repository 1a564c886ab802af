"""What a chart writes beside its marks, and how its labels are kept apart.

- Who made a claim and when: the speaker in short (the person's name with honorifics,
  else the post or role and the organization; "speaker not named" when the claim
  names none) and the day it was stated, else "as of" the day it is about.
- The claims a chart cannot draw, each on a note line with why (a rate is a slope, not
  a level; a claim that the target is met states no figure; a period's value is not the
  level reached).
- The sources: every source the target's pledges, revisions, counted figures and
  claims cite, once each, the dated ones by date, then the undated, each as outlet,
  title and date; a case that cites none says so.
- `LabelLayout`: when the figure is drawn, it moves the labels it keeps so that
  no two overlap and each stays inside a frame (the chart's axes).
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final, Literal, cast

from pledgekit._case import TargetAssessment
from pledgekit._pledge import Claim, ClaimKind, Membership
from pledgekit._source import Source
from pledgekit.messages import Language, catalogue

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import Figure
    from matplotlib.text import Annotation

#: A speaker's words longer than this wrap onto another line (never cut).
_SPEAKER_WIDTH: Final = 40
#: Space kept between two labels, in points.
_GAP: Final = 4.0
#: The smallest type a stack of labels is set in to fit its frame, in points.
_SMALLEST: Final = 4.0
#: Space between a label and the marker it labels, in points.
_BESIDE: Final = 14.0

__all__ = ["LabelLayout", "claim_byline", "not_drawn", "sources", "sources_line"]


def _date(day: dt.date, lang: Language) -> str:
    return catalogue(lang).date(day)


def speaker(membership: Membership | None, lang: Language) -> str:
    """The speaker in short: a name, else the post or role and the organization.

    >>> from pledgekit import Membership, Organization, Person
    >>> speaker(Membership(Person("Lilis Kusbandiah", honorific_prefix="Dra."),
    ...                    post="Kepala Bidang"), "id")
    'Dra. Lilis Kusbandiah'
    >>> speaker(Membership(post="Wali Kota Bekasi"), "en")
    'Wali Kota Bekasi'
    >>> speaker(None, "id")
    'pembicara tidak disebut'
    """
    if membership is None:
        return catalogue(lang)["chart_no_speaker"]
    if membership.person is not None:
        return membership.person.display_name
    # The post (or role) and the organization, as the membership's label writes them.
    return membership.label


def claim_byline(claim: Claim, lang: Language, *, narrow: bool = False) -> str:
    """Who made a claim and when: the day it was stated, else the day it is about.

    ``narrow`` writes the date on a line of its own.

    >>> from pledgekit import Membership
    >>> said = Claim(ClaimKind.ACHIEVED, 5, dt.date(2022, 6, 30), stated_on=dt.date(2022, 7, 22),
    ...              speaker=Membership(post="Wali Kota Bekasi"))
    >>> claim_byline(said, "id")
    'Wali Kota Bekasi, 22 Juli 2022'
    >>> claim_byline(Claim(ClaimKind.ACHIEVED, 5, dt.date(2022, 6, 30)), "en")
    'speaker not named, as of 30 June 2022'
    """
    who = textwrap.fill(speaker(claim.speaker, lang), _SPEAKER_WIDTH)
    if claim.stated_on is not None:
        when = _date(claim.stated_on, lang)
    else:
        when = f"{catalogue(lang)['chart_said_as_of']} {_date(claim.as_of, lang)}"
    return f"{who}{chr(10) if narrow else ', '}{when}"


#: Why a kind of claim is not drawn as a level (the catalogue's ``chart_not_drawn_*``).
_WHY: Final = {
    ClaimKind.RATE: "rate",
    ClaimKind.MET: "met",
    ClaimKind.PERIOD_VALUE: "period_value",
}


def _summary(claim: Claim, lang: Language) -> str:
    """What a claim says, as the catalogue words a claim of its kind."""
    w = catalogue(lang)
    value = "" if claim.value is None else w.n(claim.value)
    if claim.bound is not None:
        value = f"{w[f'bound_{claim.bound.value}']} {value}"
    period = "" if claim.period is None else w.period(claim.period)
    per = "" if claim.per is None else w[f"per_{claim.per.value}"]
    return w.claims[claim.kind].format(
        value=value, when=w.date(claim.as_of), period=period, per=per
    )


def not_drawn(claims: Iterable[Claim], lang: Language, *, why: str | None = None) -> list[str]:
    """A note line for each claim given: what it says, who said it and when, and why not drawn.

    ``why`` is the catalogue key (after ``chart_not_drawn_``) of one reason for all;
    by default each claim's kind gives it.

    >>> rate = Claim(ClaimKind.MET, None, dt.date(2022, 6, 30))
    >>> not_drawn([rate], "en")
    ['Not drawn: target met as of 30 June 2022 (speaker not named, as of 30 June 2022): states no figure']
    """
    w = catalogue(lang)
    lines = []
    for claim in claims:
        reason = w[f"chart_not_drawn_{why or _WHY.get(claim.kind, 'other')}"]
        byline = claim_byline(claim, lang).replace("\n", " ")
        lines.append(f"{w['chart_not_drawn']}: {_summary(claim, lang)} ({byline}): {reason}")
    return lines


def sources(assessed: Iterable[TargetAssessment]) -> tuple[Source, ...]:
    """The sources the targets' pledges, revisions, counted figures and claims cite.

    Each once; the dated ones by publication date, then the undated; ties by outlet,
    title and id, so that the same case always gives the same order.
    """
    cited: set[Source] = set()
    for item in assessed:
        found = [pledge.source for pledge in item.pledges]
        found += [revision.source for revision in item.target.revisions]
        found += [observation.source for observation in item.progress.observations]
        found += [claim.source for claim in item.claims]
        cited.update(source for source in found if source is not None)

    def order(source: Source) -> tuple[bool, dt.date, str, str, str]:
        day = source.published or dt.date.min
        return (source.published is None, day, source.outlet, source.title, source.id)

    return tuple(sorted(cited, key=order))


def _source_words(source: Source, lang: Language) -> str:
    parts = [source.outlet, f"“{source.title}”"]
    if source.published is not None:
        parts.append(_date(source.published, lang))
    return ", ".join(parts)


def sources_line(cited: tuple[Source, ...], lang: Language, *, width: int) -> str:
    """``Sumber: outlet, “title”, date; …``, wrapped at ``width`` characters.

    With no source, the line says that the case cites none.

    >>> cited = (Source("rilisinfo.com", "Disnaker Penuhi Janji", published=dt.date(2022, 7, 22)),)
    >>> sources_line(cited, "id", width=100)
    'Sumber: rilisinfo.com, “Disnaker Penuhi Janji”, 22 Juli 2022'
    >>> sources_line((), "en", width=100)
    'Source: none cited in the case'
    """
    w = catalogue(lang)
    head = w["chart_sources" if len(cited) > 1 else "chart_source"]
    words = "; ".join(_source_words(s, lang) for s in cited) or w["chart_no_source"]
    return textwrap.fill(f"{head}: {words}", max(width, 20), break_on_hyphens=False)


def wrap(lines: Iterable[str], width: int) -> str:
    """Lines, each wrapped at ``width`` characters, one below the other."""
    return "\n".join(textwrap.fill(line, max(width, 20), break_on_hyphens=False) for line in lines)


def characters_across(ax: Axes, fontsize: float) -> int:
    """About how many characters of type of ``fontsize`` points fit across ``ax``."""
    # An Axes drawn on always belongs to a figure.
    figure = cast("Figure", ax.get_figure(root=True))
    inches = ax.get_position().width * figure.get_figwidth()
    # An average character of DejaVu Sans is a little over half its size wide.
    return int(inches * 72 / (fontsize * 0.52))


def note(ax: Axes, words: str, below: Any, *, fontsize: float) -> Annotation:
    """Write ``words`` under ``below`` (an artist, or the x axis), aligned with the axes' left."""
    anchor = below if below is not None else _x_axis_box(ax)
    return ax.annotate(
        words,
        xy=(0, 0),
        xycoords=("axes fraction", anchor),
        xytext=(0, -3),
        textcoords="offset points",
        ha="left",
        va="top",
        fontsize=fontsize,
        color="#444444",
        annotation_clip=False,
    )


def _x_axis_box(ax: Axes) -> Any:
    """The x axis with its tick labels, as a box to place a line under.

    An axis that draws nothing (hidden, or with no tick to show) has no box: the line
    then stands under the axes' own frame.
    """

    def box(renderer: RendererBase) -> Any:
        return ax.xaxis.get_tightbbox(renderer) or ax.get_window_extent(renderer)

    return box


Side = Literal["above", "below", "beside", "after"]


class LabelLayout:
    """Keeps labels apart and inside a frame, each time the figure is drawn.

    Each label kept is an annotation of a point, with the side of the point it would
    stand on: ``"above"`` or ``"below"`` to the left of it, ``"beside"``, to the left
    at its height, or ``"after"``, to the right and under it. When the figure is drawn, the labels are set there, those whose
    boxes run across the same columns are stacked top to bottom with a small gap (the
    order of their points), and a stack is moved into the frame: a label that would leave
    it on the left stands to the right of its point instead. A stack taller than the
    frame is set in smaller type, down to 4 points, until it fits (so many labels on one
    day that even that does not fit cannot be kept inside the frame). The same labels and the
    same figure always give the same places.

    Made by `layout`, which adds it to the axes as an (invisible) artist drawn
    before the labels.
    """

    def __init__(self, frame: Axes) -> None:
        self.frame = frame
        self.labels: list[tuple[Annotation, Side]] = []

    def keep(self, label: Annotation, side: Side) -> None:
        """Keep ``label`` apart from the others; ``side`` is where it would stand.

        The label is left out of the figure's layout: it is placed inside the frame, and
        where it stands before it is placed would make the layout leave room for nothing.
        """
        label.set_in_layout(False)
        self.labels.append((label, side))

    def place(self, renderer: RendererBase) -> None:
        """Set every label kept in its place (see the class)."""
        if not self.labels:
            return
        px = float(cast("float", renderer.points_to_pixels(1.0)))
        frame = self.frame.get_window_extent(renderer)
        boxes = self._boxes(renderer, px, frame)
        shrunk = False
        for stack in _stacks(boxes):
            tall = sum(box[3] + _GAP * px for box in stack)
            if tall > frame.height:  # smaller type, down to a floor, for a stack to fit
                for box in stack:
                    label = self.labels[box[4]][0]
                    size = float(label.get_fontsize()) * (frame.height - len(stack) * _GAP * px)
                    label.set_fontsize(max(size / (tall - len(stack) * _GAP * px), _SMALLEST))
                shrunk = True
        if shrunk:
            boxes = self._boxes(renderer, px, frame)
        for stack in _stacks(boxes):
            _spread(stack, (frame.y0, frame.y1), _GAP * px)
        for left, bottom, _, _, index, (x, y) in boxes:
            label = self.labels[index][0]
            label.xyann = ((left - x) / px, (bottom - y) / px)

    def _boxes(self, renderer: RendererBase, px: float, frame: Any) -> list[list[Any]]:
        """Each label's box where its side puts it: left, bottom, width, height, index, point."""
        from matplotlib.text import Text

        boxes = []
        for index, (label, side) in enumerate(self.labels):
            label.set_horizontalalignment("left")
            label.set_verticalalignment("bottom")
            label.set_anncoords("offset points")
            label.xyann = (0.0, 0.0)
            label.update_positions(renderer)
            extent = Text.get_window_extent(label, renderer)
            width, height = extent.width, extent.height
            # Each label is an annotation of an Axes: ``keep`` is given no other.
            x, y = cast("Axes", label.axes).transData.transform(label.xy)
            left = x - _BESIDE * px - width
            if side == "after":
                left = x + 3 * px
            elif left < frame.x0:  # no room on the left: on the right of the point
                left = min(x + _BESIDE * px, frame.x1 - width)
            bottom = {
                "above": y + 6 * px,
                "below": y - 6 * px - height,
                "beside": y - height / 2,
                "after": y - 3 * px - height,
            }[side]
            boxes.append([left, bottom, width, height, index, (x, y)])
        return boxes


def _stacks(boxes: list[list[Any]]) -> list[list[list[Any]]]:
    """The boxes in groups whose horizontal spans overlap, one another's or through others."""
    stacks: list[list[list[Any]]] = []
    for box in sorted(boxes, key=lambda b: (b[0], b[4])):
        if stacks and box[0] < max(b[0] + b[2] for b in stacks[-1]):
            stacks[-1].append(box)
        else:
            stacks.append([box])
    return stacks


def _spread(stack: list[list[Any]], bounds: tuple[float, float], gap: float) -> None:
    """Stack the boxes top to bottom, none over another, inside ``bounds`` where they fit."""
    low, high = bounds
    stack.sort(key=lambda b: (-(b[1] + b[3]), b[4]))
    ceiling = high
    for box in stack:  # downwards: under the one above, under the frame's top
        box[1] = min(box[1] + box[3], ceiling) - box[3]
        ceiling = box[1] - gap
    floor = low
    for box in reversed(stack):  # upwards: over the one below, over the frame's bottom
        box[1] = max(box[1], floor)
        floor = box[1] + box[3] + gap


def layout(ax: Axes, frame: Axes) -> LabelLayout:
    """A `LabelLayout` of labels on ``ax`` kept inside ``frame``, placed at each draw."""
    from matplotlib.artist import Artist

    kept = LabelLayout(frame)

    class _Placer(Artist):
        """Draws nothing: sets the labels in place before they are drawn."""

        def draw(self, renderer: RendererBase) -> None:
            kept.place(renderer)

    placer = _Placer()
    # Below every other artist, so that it runs before the labels are drawn.
    placer.set_zorder(-1_000)
    placer.set_in_layout(False)
    ax.add_artist(placer)
    return kept
