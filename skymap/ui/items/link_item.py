"""A tie drawn as in an eco-map: the line's style, not its colour, says its quality.

strong = thick solid, moderate = solid, weak = dashed, strained = jagged,
broken = solid with two strokes across; an arrow head shows the flow of help.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from skymap.model.geometry import arrow_head, cross_marks, trim, zigzag
from skymap.model.objects import Link
from skymap.model.vocabulary import Direction, LinkKind, Quality
from skymap.ui.painting import HIGHLIGHT, SELECTION, qpath

CONTACT_INK = QColor("#37474f")
COORDINATION_INK = QColor("#00695c")
WIDTH = {Quality.STRONG: 4.5, Quality.MODERATE: 2.2, Quality.WEAK: 1.8, Quality.STRAINED: 2.0, Quality.BROKEN: 2.0}


def line_paths(link: Link, p0: tuple[float, float], p1: tuple[float, float]) -> tuple[list, list]:
    """(stroke path, filled path) of a tie between two trimmed end points, in map units."""
    if link.quality is Quality.STRAINED:
        stroke = zigzag(p0, p1)
    else:
        stroke = [("M", *p0), ("L", *p1)]
    if link.quality is Quality.BROKEN:
        stroke = stroke + cross_marks(p0, p1)
    heads: list = []
    if link.direction in (Direction.FORWARD, Direction.MUTUAL):
        heads += arrow_head(p0, p1, 11 + WIDTH[link.quality])
    if link.direction in (Direction.BACKWARD, Direction.MUTUAL):
        heads += arrow_head(p1, p0, 11 + WIDTH[link.quality])
    return stroke, heads


class LinkItem(QGraphicsItem):
    kind = "link"

    def __init__(self, link: Link) -> None:
        super().__init__()
        self.obj_id = link.id
        self.link = link
        self.highlighted = False
        self.setFlags(QGraphicsItem.ItemIsSelectable)
        self.setZValue(0)
        self._stroke = QPainterPath()
        self._heads = QPainterPath()
        self._shape = QPainterPath()

    def set_link(self, link: Link) -> None:
        self.link = link
        self.update()

    def set_ends(self, a: QPointF, b: QPointF, ra: float, rb: float) -> None:
        self.prepareGeometryChange()
        ends = trim((a.x(), a.y()), (b.x(), b.y()), ra, rb)
        if ends is None:
            self._stroke, self._heads = QPainterPath(), QPainterPath()
        else:
            stroke, heads = line_paths(self.link, *ends)
            self._stroke, self._heads = qpath(stroke), qpath(heads)
        stroker = QPainterPathStroker()
        stroker.setWidth(14)
        self._shape = stroker.createStroke(self._stroke)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._stroke.boundingRect().united(self._heads.boundingRect()).adjusted(-12, -12, 12, 12)

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.Antialiasing)
        ink = COORDINATION_INK if self.link.kind is LinkKind.COORDINATION else CONTACT_INK
        if self.isSelected():
            ink = SELECTION
        elif self.highlighted:
            ink = HIGHLIGHT
        pen = QPen(ink, WIDTH[self.link.quality])
        pen.setCapStyle(Qt.RoundCap)
        pen.setJoinStyle(Qt.RoundJoin)
        if self.link.quality is Quality.WEAK:
            pen.setStyle(Qt.CustomDashLine)
            pen.setDashPattern([4, 3])
        painter.setPen(pen)
        painter.setBrush(Qt.NoBrush)
        painter.drawPath(self._stroke)
        if not self._heads.isEmpty():
            painter.setPen(Qt.NoPen)
            painter.setBrush(ink)
            painter.drawPath(self._heads)
