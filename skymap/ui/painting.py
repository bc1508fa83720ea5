"""Turning the model's neutral paths into Qt paths, and the canvas's colours and fonts."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen

from skymap.model import style
from skymap.model.contrast import text_colour_on
from skymap.model.geometry import Path

# The style's colours as Qt colours (model/style.py holds them for the screen and the print).
INK = QColor(style.INK)
"""Text and outlines: dark blue-grey, contrast above 12:1 on the light clouds."""
MUTED = QColor(style.MUTED)
FADED_INK = QColor(style.FADED_INK)
"""The name of someone no longer involved: lighter than INK, still 4.5:1 (WCAG AA)."""
SELECTION = QColor(style.SELECTION)
HIGHLIGHT = QColor(style.HIGHLIGHT)
FAMILY_FILL = QColor(style.FAMILY_FILL)
CANVAS = QColor(style.CANVAS)


def qpath(path: Path) -> QPainterPath:
    """A QPainterPath drawing the neutral path."""
    qp = QPainterPath()
    for seg in path:
        op = seg[0]
        if op == "M":
            qp.moveTo(seg[1], seg[2])
        elif op == "L":
            qp.lineTo(seg[1], seg[2])
        elif op == "C":
            qp.cubicTo(seg[1], seg[2], seg[3], seg[4], seg[5], seg[6])
        elif op == "Z":
            qp.closeSubpath()
    return qp


_text_scale = 1.0


def text_scale() -> float:
    """The user's text size as a factor of the normal size (Settings ▸ Text size)."""
    return _text_scale


def set_text_scale(scale: float) -> None:
    """Every canvas text drawn after this is `scale` times its normal size; the items must
    be told to redraw (DocumentView.apply_text_scale)."""
    global _text_scale
    _text_scale = max(0.5, min(3.0, float(scale)))


_family_view = False


def family_view() -> bool:
    """Whether the map is shown in the family view (large names, no roles)."""
    return _family_view


def set_family_view(on: bool) -> None:
    """People are drawn for the family view (`on`) or the normal one; the items must be
    told to redraw (DocumentView.apply_text_scale)."""
    global _family_view
    _family_view = bool(on)


def font(point_size: float, bold: bool = False) -> QFont:
    """A canvas font: `point_size` at the normal text size, scaled by the user's setting."""
    f = QFont()
    f.setPointSizeF(point_size * _text_scale)
    f.setBold(bold)
    return f


def darker(colour: str, factor: int = 150) -> QColor:
    return QColor(colour).darker(factor)


def text_on(background: QColor, preferred: QColor = INK) -> QColor:
    """`preferred` if it is readable on `background` (WCAG AA), else black or white."""
    return QColor(text_colour_on(background.name(), preferred.name()))


def qpen(pen: style.Pen) -> QPen:
    """The Qt pen of a style pen (its dash pattern is already in widths, as Qt counts)."""
    q = QPen(QColor(pen.colour), pen.width)
    if pen.cap == "round":
        q.setCapStyle(Qt.RoundCap)
        q.setJoinStyle(Qt.RoundJoin)
    if pen.dash:
        q.setStyle(Qt.CustomDashLine)
        q.setDashPattern(list(pen.dash))
    return q


def merged(primitives: list) -> list:
    """The display list with strokes in a row of one pen, and fills in a row of one colour,
    joined into one primitive each."""
    out: list = []
    for prim in primitives:
        last = out[-1] if out else None
        if isinstance(prim, style.Stroke) and isinstance(last, style.Stroke) and last.pen == prim.pen:
            out[-1] = style.Stroke(last.path + prim.path, prim.pen)
        elif isinstance(prim, style.Fill) and isinstance(last, style.Fill) and last.colour == prim.colour:
            out[-1] = style.Fill(last.path + prim.path, prim.colour)
        else:
            out.append(prim)
    return out


def draw_primitives(painter: QPainter, primitives: list, font_of=None) -> None:
    """Draw a display list of model/style.py with `painter` (in the painter's coordinates);
    `font_of(size, bold)` gives a text's font (the appearance's, scaled by the text size).
    Strokes in a row with the same pen (a broken tie's line and its strokes across), and
    fills in a row with the same colour (two arrow heads), are drawn as one path, as the
    tie item does: where they overlap, the edge is not darkened twice."""
    for prim in merged(primitives):
        if isinstance(prim, style.Stroke):
            painter.setPen(qpen(prim.pen))
            painter.setBrush(Qt.NoBrush)
            painter.drawPath(qpath(prim.path))
        elif isinstance(prim, style.Fill):
            painter.setPen(Qt.NoPen)
            painter.setBrush(QColor(prim.colour))
            painter.drawPath(qpath(prim.path))
        elif isinstance(prim, style.Shape):
            painter.setPen(qpen(prim.pen))
            painter.setBrush(QColor(prim.fill))
            painter.drawPath(qpath(prim.path))
        elif isinstance(prim, style.Circle):
            painter.setPen(qpen(prim.pen) if prim.pen else Qt.NoPen)
            painter.setBrush(QColor(prim.fill) if prim.fill else Qt.NoBrush)
            painter.drawEllipse(QPointF(prim.cx, prim.cy), prim.r, prim.r)
        elif isinstance(prim, style.Text):
            painter.setPen(QColor(prim.colour))
            painter.setFont((font_of or font)(prim.size, prim.bold))
            if prim.box:
                half = prim.box / 2
                painter.drawText(QRectF(prim.x - half, prim.y - half, prim.box, prim.box), Qt.AlignCenter, prim.text)
            else:
                width = painter.fontMetrics().horizontalAdvance(prim.text)
                painter.drawText(QPointF(prim.x - width / 2, prim.y), prim.text)
