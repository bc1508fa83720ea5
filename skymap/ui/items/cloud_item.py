"""A domain drawn as a soft cloud with its label and the number of people in it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from skymap.model.geometry import cloud_path
from skymap.model.layout import LABEL_H
from skymap.model.objects import Domain
from skymap.ui.painting import INK, MUTED, SELECTION, darker, font, qpath


class CloudItem(QGraphicsItem):
    """Draws one Domain; positioned at the domain's centre."""

    kind = "domain"

    def __init__(self, domain: Domain) -> None:
        super().__init__()
        self.obj_id = domain.id
        self.setFlags(
            QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemIsMovable | QGraphicsItem.ItemSendsGeometryChanges
        )
        self.setZValue(-10)
        self.setAcceptHoverEvents(True)
        self._count = 0
        self.set_domain(domain)

    def set_domain(self, domain: Domain, count: int | None = None) -> None:
        self.prepareGeometryChange()
        self.domain = domain
        if count is not None:
            self._count = count
        self._path = qpath(cloud_path(0, 0, domain.width, domain.height))
        self.setPos(domain.x, domain.y)
        self.setToolTip(domain.label)
        self.update()

    def set_count(self, count: int) -> None:
        if count != self._count:
            self._count = count
            self.update()

    def boundingRect(self) -> QRectF:
        w, h = self.domain.width, self.domain.height
        return QRectF(-w / 2 - 4, -h / 2 - 4, w + 8, h + 8)

    def shape(self):
        return self._path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.Antialiasing)
        fill = QColor(self.domain.color)
        selected = self.isSelected()
        painter.setPen(QPen(SELECTION if selected else darker(self.domain.color, 135), 3 if selected else 1.6))
        painter.setBrush(fill)
        painter.drawPath(self._path)
        w, h = self.domain.width, self.domain.height
        label_rect = QRectF(-w / 2 + 26, -h / 2 + 14, w - 52, LABEL_H - 16)
        title_font = font(11, bold=True)
        painter.setFont(title_font)
        painter.setPen(INK)
        metrics = QFontMetricsF(title_font)
        count_text = f"  {self._count}"
        count_w = metrics.horizontalAdvance(count_text) + 10
        label = metrics.elidedText(self.domain.label, Qt.ElideRight, label_rect.width() - count_w)
        label_w = metrics.horizontalAdvance(label)
        left = -(label_w + count_w) / 2
        painter.drawText(QRectF(left, label_rect.top(), label_w + 2, label_rect.height()), Qt.AlignVCenter, label)
        # The count in a small round badge after the label.
        badge = QRectF(left + label_w + 8, label_rect.center().y() - 10, count_w - 8, 20)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(255, 255, 255, 200))
        painter.drawRoundedRect(badge, 10, 10)
        painter.setPen(MUTED)
        painter.setFont(font(10, bold=True))
        painter.drawText(badge, Qt.AlignCenter, str(self._count))
