"""Turning the model's neutral paths into Qt paths, and the canvas's colours and fonts."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QApplication

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


def font(point_size: float, bold: bool = False, scale: float = 1.0) -> QFont:
    """A canvas font: `point_size` at the normal text size, times `scale` (the user's text
    size: use Appearance.font, which knows it)."""
    f = QFont()
    f.setPointSizeF(point_size * scale)
    f.setBold(bold)
    return f


class Appearance:
    """How the canvas draws its texts and people: the user's text size (Settings ▸ Text
    size) and the family view (large names, no roles). The window owns one and hands it to
    the scenes it shows (DocumentView, MapScene), which hand it to their items; after a
    change the items are told to lay out and redraw (DocumentView.apply_text_scale)."""

    MIN_SCALE, MAX_SCALE = 0.5, 3.0

    def __init__(self, text_scale: float = 1.0, family_view: bool = False) -> None:
        self._text_scale = 1.0
        self.text_scale = text_scale
        self.family_view = bool(family_view)

    @property
    def text_scale(self) -> float:
        """The text size as a factor of the normal size."""
        return self._text_scale

    @text_scale.setter
    def text_scale(self, scale: float) -> None:
        self._text_scale = max(self.MIN_SCALE, min(self.MAX_SCALE, float(scale)))

    def font(self, point_size: float, bold: bool = False) -> QFont:
        """A canvas font: `point_size` at the normal text size, scaled by the text size."""
        return font(point_size, bold, self._text_scale)

    def apply_app_font(self) -> None:
        """Scale the application's font (menus, panels, docks, dialogs) by the text size,
        from the font it had before Skymap first scaled it, so repeated changes never drift."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):  # (no application, or one without widgets: no font to scale)
            return
        base = base_app_font()
        scaled = QFont(base)
        if base.pointSizeF() > 0:
            scaled.setPointSizeF(base.pointSizeF() * self._text_scale)
        elif base.pixelSize() > 0:
            scaled.setPixelSize(round(base.pixelSize() * self._text_scale))
        app.setFont(scaled)


def base_app_font() -> QFont:
    """The application's font before Skymap first scaled it. Kept on the application object
    (a property), as it belongs to it: every window's text size scales the same font."""
    app = QApplication.instance()
    base = app.property("skymapBaseFont") if app is not None else None
    if base is None:
        base = QFont(QApplication.font())
        if app is not None:
            app.setProperty("skymapBaseFont", base)
    return QFont(base)


def darker(colour: str, factor: int = 150) -> QColor:
    return QColor(colour).darker(factor)


def text_on(background: QColor, preferred: QColor = INK) -> QColor:
    """`preferred` if it is readable on `background` (WCAG AA), else black or white."""
    return QColor(text_colour_on(background.name(), preferred.name()))


_QPENS: dict[style.Pen, QPen] = {}
"""The Qt pens made so far, by style pen (frozen, so a key): a big map's ties share a few
pens, and parsing the colour and setting the dashes anew for each cost ~60 µs a tie."""


def qpen(pen: style.Pen) -> QPen:
    """The Qt pen of a style pen (its dash pattern is already in widths, as Qt counts): a
    copy of the one made the first time (QPen is implicitly shared, so the copy is cheap and
    the caller may change it without touching the kept one)."""
    q = _QPENS.get(pen)
    if q is None:
        q = QPen(QColor(pen.colour), pen.width)
        if pen.cap == "round":
            q.setCapStyle(Qt.PenCapStyle.RoundCap)
            q.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if pen.dash:
            q.setStyle(Qt.PenStyle.CustomDashLine)
            q.setDashPattern(list(pen.dash))
        if len(_QPENS) > 512:  # (pens of every text size and zoom: never grows without end)
            _QPENS.clear()
        _QPENS[pen] = q
    return QPen(q)


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
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(qpath(prim.path))
        elif isinstance(prim, style.Fill):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(prim.colour))
            painter.drawPath(qpath(prim.path))
        elif isinstance(prim, style.Shape):
            painter.setPen(qpen(prim.pen))
            painter.setBrush(QColor(prim.fill))
            painter.drawPath(qpath(prim.path))
        elif isinstance(prim, style.Circle):
            painter.setPen(qpen(prim.pen) if prim.pen else Qt.PenStyle.NoPen)
            painter.setBrush(QColor(prim.fill) if prim.fill else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(prim.cx, prim.cy), prim.r, prim.r)
        elif isinstance(prim, style.Text):
            painter.setPen(QColor(prim.colour))
            painter.setFont((font_of or font)(prim.size, prim.bold))
            if prim.box:
                half = prim.box / 2
                painter.drawText(
                    QRectF(prim.x - half, prim.y - half, prim.box, prim.box), Qt.AlignmentFlag.AlignCenter, prim.text
                )
            else:
                width = painter.fontMetrics().horizontalAdvance(prim.text)
                painter.drawText(QPointF(prim.x - width / 2, prim.y), prim.text)
