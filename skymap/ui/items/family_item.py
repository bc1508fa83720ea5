"""The family in the centre: a warm oval around the family members, with the family's name."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from skymap.model.layout import family_oval
from skymap.model.objects import FAMILY_ID
from skymap.ui.items.base import MapItem
from skymap.ui.painting import INK, SELECTION, Appearance

FAMILY_AREA = QColor("#fff1c9")
FAMILY_EDGE = QColor("#c9a227")


class FamilyItem(MapItem):
    """The family as a whole: target of contacts with the whole family."""

    kind = "family"
    in_still_layer = True

    def __init__(self, title: str, appearance: Appearance | None = None) -> None:
        super().__init__(FAMILY_ID, appearance)
        self.title = title
        self.rect = QRectF(-200, -110, 400, 220)
        self.setZValue(-5)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)

    empty_hint = ""

    def refresh(self, obj) -> None:
        """The family has no model object of its own: the scene calls `set_members`."""

    def set_members(self, positions: list[tuple[float, float]], title: str, empty_hint: str = "") -> None:
        self.prepareGeometryChange()
        self.title = title
        self.empty_hint = "" if positions else empty_hint
        self.rect = QRectF(*family_oval(positions))
        self.update()

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-4, -4, 4, 4)

    def shape(self) -> QPainterPath:
        p = QPainterPath()
        p.addEllipse(self.rect)
        return p

    def centre(self):
        return self.rect.center()

    def radius_towards(self, dx: float, dy: float) -> float:
        """Distance from the centre to the oval's edge in direction (dx, dy)."""
        a, b = self.rect.width() / 2, self.rect.height() / 2
        length = (dx * dx + dy * dy) ** 0.5 or 1.0
        ux, uy = dx / length, dy / length
        return 1.0 / (((ux / a) ** 2 + (uy / b) ** 2) ** 0.5)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(SELECTION if self.isSelected() else FAMILY_EDGE, 3 if self.isSelected() else 2))
        painter.setBrush(FAMILY_AREA)
        painter.drawEllipse(self.rect)
        font = self.appearance.font
        title_font = font(15 if self.appearance.family_view else 12, bold=True)
        metrics = QFontMetricsF(title_font)
        width = metrics.horizontalAdvance(self.title)
        line = max(22.0, metrics.height() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 246, 214, 225))
        painter.drawRoundedRect(QRectF(self.rect.center().x() - width / 2 - 6, self.rect.top() + 9,
                                       width + 12, line + 2),
                                6, 6)
        painter.setPen(INK)
        painter.setFont(title_font)
        painter.drawText(
            QRectF(self.rect.left(), self.rect.top() + 10, self.rect.width(), line),
            Qt.AlignmentFlag.AlignHCenter,
            self.title,
        )
        if self.empty_hint:
            painter.setPen(QColor("#6b5a1e"))
            painter.setFont(font(9))
            painter.drawText(
                self.rect.adjusted(24, 40, -24, -10),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_hint,
            )
