"""The handle at a selected cloud's lower right corner: drag it to resize the cloud."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem  # noqa: F401 - flags below

from skymap.ui.painting import SELECTION

HANDLE = 24.0  # half the touch target, in screen pixels: 48 px is about 9 mm
MIN_W, MIN_H = 160.0, 120.0


class ResizeHandle(QGraphicsItem):
    def __init__(self, cloud) -> None:
        super().__init__(cloud)
        self.cloud = cloud
        self.setCursor(Qt.CursorShape.SizeFDiagCursor)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setZValue(5)
        self.setVisible(False)
        # The same size on the screen at any zoom: a target for a finger.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self._start: tuple[QPointF, float, float] | None = None

    def boundingRect(self) -> QRectF:
        return QRectF(-HANDLE, -HANDLE, 2 * HANDLE, 2 * HANDLE)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("white"), 2.5))
        painter.setBrush(SELECTION)
        painter.drawRoundedRect(QRectF(-14, -14, 28, 28), 6, 6)
        painter.setPen(QPen(QColor("white"), 2))
        for k in (-5, 0, 5):  # the diagonal grip lines of a resize corner
            painter.drawLine(k - 2, 6, 6, k - 2)

    def mousePressEvent(self, event) -> None:
        self._start = (event.scenePos(), self.cloud.domain.width, self.cloud.domain.height)
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._start is None:
            return
        origin, w, h = self._start
        delta = event.scenePos() - origin
        # The corner follows the pointer; the opposite corner stays where it is.
        self.cloud.preview_size(max(MIN_W, w + delta.x()), max(MIN_H, h + delta.y()))

    def mouseReleaseEvent(self, event) -> None:
        if self._start is None:
            return
        self._start = None
        self.cloud.finish_resize()
