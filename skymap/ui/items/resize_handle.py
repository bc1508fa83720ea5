"""The handle at a selected cloud's lower right corner: drag it to resize the cloud."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from skymap.ui.painting import SELECTION

HANDLE = 26.0  # big enough for a finger
MIN_W, MIN_H = 160.0, 120.0


class ResizeHandle(QGraphicsItem):
    def __init__(self, cloud) -> None:
        super().__init__(cloud)
        self.cloud = cloud
        self.setCursor(Qt.SizeFDiagCursor)
        self.setAcceptedMouseButtons(Qt.LeftButton)
        self.setZValue(5)
        self.setVisible(False)
        self._start = None

    def boundingRect(self) -> QRectF:
        return QRectF(-HANDLE / 2, -HANDLE / 2, HANDLE, HANDLE)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(SELECTION)
        painter.drawRoundedRect(QRectF(-9, -9, 18, 18), 4, 4)

    def mousePressEvent(self, event) -> None:
        self._start = (event.scenePos(), self.cloud.domain.width, self.cloud.domain.height)
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._start is None:
            return
        origin, w, h = self._start
        delta = event.scenePos() - origin
        # The cloud stays centred where it is, so it grows by twice the pointer's movement.
        self.cloud.preview_size(max(MIN_W, w + 2 * delta.x()), max(MIN_H, h + 2 * delta.y()))

    def mouseReleaseEvent(self, event) -> None:
        if self._start is None:
            return
        self._start = None
        self.cloud.finish_resize()
