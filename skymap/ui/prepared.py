"""A display list of model/style.py turned into Qt's pens, brushes, paths and fonts once, and
drawn many times.

`painting.draw_primitives` builds every path, pen and font anew at each paint. A person's
symbol looks the same on hundreds of people (same fill, same badges), so the person items
keep it prepared (items/person_item.py): the first paint of a 2,000-person map painted the
same two paths 2,000 times from the model's neutral paths. `draw` makes exactly the calls
`draw_primitives` makes, with the same arguments, so the pixels are the same.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from skymap.model import style
from skymap.ui.painting import font, merged, qpath, qpen

_PATH, _ELLIPSE, _BOXED_TEXT, _TEXT = range(4)
NO_PEN = Qt.PenStyle.NoPen
NO_BRUSH = Qt.BrushStyle.NoBrush
CENTRED = Qt.AlignmentFlag.AlignCenter

Prepared = list[tuple]


def prepare(primitives: list, font_of: Callable[[float, bool], QFont] | None = None) -> Prepared:
    """The display list as Qt objects, in the order `draw_primitives` draws it."""
    out: Prepared = []
    for prim in merged(primitives):
        if isinstance(prim, style.Stroke):
            out.append((_PATH, qpen(prim.pen), NO_BRUSH, qpath(prim.path)))
        elif isinstance(prim, style.Fill):
            out.append((_PATH, NO_PEN, QColor(prim.colour), qpath(prim.path)))
        elif isinstance(prim, style.Shape):
            out.append((_PATH, qpen(prim.pen), QColor(prim.fill), qpath(prim.path)))
        elif isinstance(prim, style.Circle):
            out.append((_ELLIPSE, qpen(prim.pen) if prim.pen else NO_PEN,
                        QColor(prim.fill) if prim.fill else NO_BRUSH, (QPointF(prim.cx, prim.cy), prim.r)))
        elif isinstance(prim, style.Text):
            f = (font_of or font)(prim.size, prim.bold)
            if prim.box:
                half = prim.box / 2
                out.append((_BOXED_TEXT, QColor(prim.colour), f,
                            (QRectF(prim.x - half, prim.y - half, prim.box, prim.box), prim.text)))
            else:
                out.append((_TEXT, QColor(prim.colour), f, (prim.x, prim.y, prim.text)))
    return out


def draw(painter: QPainter, prepared: Prepared) -> None:
    """Draw what `prepare` made, as `draw_primitives` would have drawn its display list."""
    for kind, pen, brush, what in prepared:
        if kind == _PATH:
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawPath(what)
        elif kind == _ELLIPSE:
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawEllipse(what[0], what[1], what[1])
        elif kind == _BOXED_TEXT:
            painter.setPen(pen)
            painter.setFont(brush)
            painter.drawText(what[0], CENTRED, what[1])
        else:
            painter.setPen(pen)
            painter.setFont(brush)
            x, y, text = what
            width = painter.fontMetrics().horizontalAdvance(text)
            painter.drawText(QPointF(x - width / 2, y), text)
