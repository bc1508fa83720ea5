"""People's text at a larger text size keeps off other people's symbols.

Settings ▸ Text size makes every name and role on the canvas larger, but the people stand
where the map puts them (the model's positions, the same for everyone who opens the file, at
any text size). At 150 % a user saw the children of the family's second row stand on their
parents' "mor" and "far", and at 125 % in the family view Emma's and Oliver's symbols on
their parents' names. So each person's text grows with the text size only as far as it stays
clear of every other person's symbol: where the larger text would reach over a symbol, that
person's name and role are drawn a step smaller (PersonItem.text_factor), never smaller than
at the normal text size (in the family view: than the normal view's names at the normal
size). A name that would be cut off (the family view's large names beside their neighbours,
ui/name_room.py) also steps down before it is cut. At the normal text size
nothing changes: the map is drawn as it always was (where the map's own layout puts someone's
symbol on another's name at 100 %, as the example's second family row in the family view,
that stays: only the layout can make room there).

ui/family_screen.py runs this whenever it lays out the people on screen (the text size, the
family view switched, a person added, moved or renamed).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF

from skymap.ui.items.person_item import FAMILY_VIEW_NAME_PT, NAME_PT, PersonItem

STEP = 0.9
"""Each step down: this share of the text's size before."""
SYMBOL_MARGIN = 2.0
"""A symbol counts this much beyond its circle (its selection rim)."""


def text_box(p: PersonItem) -> QRectF:
    """The name and role of `p` as drawn (the halo behind them), in scene coordinates."""
    lines, sub, text_w, _name_w, _nf, _sf, line_h = p._laid_out()
    _scale, _name_h, sub_h = p._lines
    used = line_h * len(lines) + 2
    box = QRectF(-text_w / 2 - 4, p.radius + 2, text_w + 8, used + sub_h + 1 if sub else used + 1)
    return box.translated(p.pos())


def symbol_box(p: PersonItem) -> QRectF:
    """The square round `p`'s symbol, in scene coordinates."""
    r = p.radius + SYMBOL_MARGIN
    return QRectF(p.pos() - QPointF(r, r), p.pos() + QPointF(r, r))


def cut(p: PersonItem) -> bool:
    """Whether `p`'s name is drawn cut off (with an ellipsis)."""
    return any(line.endswith("…") and not p.name().endswith("…") for line in p._laid_out()[0])


def fit(people: Iterable[PersonItem], scale: float, family_view: bool = False) -> None:
    """Set the text_factor of each of `people` (the ones on screen) at text size `scale`: down
    to the normal text size; in the family view down to the normal view's names at the normal
    text size (its large names are what the family reads: whole and uncovered before large)."""
    people = list(people)
    if scale <= 1.0:
        for p in people:
            p.set_text_factor(1.0)
        return
    least = (NAME_PT / FAMILY_VIEW_NAME_PT if family_view else 1.0) / scale
    by_x = sorted(people, key=lambda p: p.pos().x())
    xs = [p.pos().x() for p in by_x]
    reach = max((p.text_width for p in people), default=0.0) / 2 + 8 + max((p.radius for p in people), default=0.0)
    for p in people:
        p.set_text_factor(1.0)
        x = p.pos().x()
        near = [q for q in by_x[bisect_left(xs, x - reach):bisect_right(xs, x + reach)] if q is not p]
        symbols = [symbol_box(q) for q in near]
        factor = 1.0
        while factor > least:
            box = text_box(p)
            if not cut(p) and not any(box.intersects(s) for s in symbols):
                break
            factor = max(least, factor * STEP)
            p.set_text_factor(factor)
