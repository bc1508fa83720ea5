"""No heading alone at the foot of a page: every heading is kept with the start of what it
introduces (a table's header row and first row, a paragraph's first lines).

reportlab's `keepWithNext` and `KeepTogether` move the heading *and all* of what follows to
the next page when it does not fit whole, which would start every long table on a fresh page
and leave half pages empty. `RoomFor` is a `CondPageBreak` whose height is measured when it
is laid out: the headings plus the first part of the next flowable.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import Flowable

HEADING_STYLES = frozenset({"h1", "h2"})
"""The paragraph styles of the meeting PDF's headings (pdf.py `_styles`)."""
START_LINES = 2
"""A paragraph after a heading has at least this many of its lines beside it."""


def is_heading(f: Flowable, styles: frozenset[str] = HEADING_STYLES) -> bool:
    return isinstance(f, Paragraph) and getattr(f.style, "name", None) in styles


def _start_height(f: Flowable, width: float, height: float) -> float:
    """The height of the first part of `f` that must share the page with its heading."""
    _w, h = f.wrap(width, height)
    if isinstance(f, Table):
        rows = getattr(f, "_rowHeights", None) or []
        first = rows[:getattr(f, "repeatRows", 0) + 1]
        if first and None not in first:
            h = min(h, sum(first))
    elif isinstance(f, Paragraph):
        leading = getattr(f.style, "leading", 0) or 0
        if leading:
            h = min(h, START_LINES * leading)
    return h + f.getSpaceBefore()


class RoomFor(CondPageBreak):
    """A page break unless `lead` (the headings and the space between them) and the start
    of `following` fit in what is left of the frame. Never at the top of a frame: there is
    no more room on the next page."""

    def __init__(self, lead: list[Flowable], following: Flowable):
        super().__init__(0)
        self.lead = lead
        self.following = following

    def __repr__(self) -> str:
        return f"RoomFor({self.lead!r}, {self.following!r})"

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        frame = self._doctemplateAttr("frame")
        if frame is not None and getattr(frame, "_atTop", False):
            return 0, 0
        need = 0.0
        for f in self.lead:
            if isinstance(f, CondPageBreak):  # its own wrap would break the page
                continue
            need += f.getSpaceBefore() + f.wrap(availWidth, availHeight)[1] + f.getSpaceAfter()
        self.height = need + _start_height(self.following, availWidth, availHeight)
        return super().wrap(availWidth, availHeight)


def keep_headings(story: list, styles: frozenset[str] = HEADING_STYLES) -> list:
    """`story` with a `RoomFor` before every run of headings (with spacers between them)
    that is followed by content."""
    out: list = []
    i, n = 0, len(story)
    while i < n:
        if not is_heading(story[i], styles):
            out.append(story[i])
            i += 1
            continue
        j = i
        while j < n and (is_heading(story[j], styles) or isinstance(story[j], Spacer)):
            j += 1
        if j < n and not isinstance(story[j], ActionFlowable):
            out.append(RoomFor(story[i:j], story[j]))
        out.extend(story[i:j])
        i = j
    return out
