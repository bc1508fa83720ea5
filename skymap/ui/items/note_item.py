"""A free-text note on the canvas: a soft yellow card."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from skymap.model.objects import Annotation
from skymap.ui.items.base import MapItem
from skymap.ui.painting import INK, SELECTION, Appearance

NOTE_FILL = QColor("#fff8c4")
NOTE_EDGE = QColor("#d8c25a")
NOTE_WIDTH = 200.0


class NoteItem(MapItem):
    kind = "note"
    collection = "annotations"

    def __init__(self, note: Annotation, appearance: Appearance | None = None) -> None:
        super().__init__(note.id, appearance)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setZValue(20)
        self.set_note(note)

    def set_note(self, note: Annotation) -> None:
        self.prepareGeometryChange()
        self.note = note
        metrics = QFontMetricsF(self.appearance.font(9.5))
        r = metrics.boundingRect(QRectF(0, 0, NOTE_WIDTH - 20, 2000), Qt.TextFlag.TextWordWrap, note.text or " ")
        self._rect = QRectF(-NOTE_WIDTH / 2, -(r.height() + 20) / 2, NOTE_WIDTH, r.height() + 20)
        self.setPos(note.x, note.y)
        self.update()

    def refresh(self, obj: Annotation) -> None:
        self.set_note(obj)

    def rescale(self) -> None:
        """The text size changed: the card grows or shrinks around its text."""
        self.set_note(self.note)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 5, 5)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 30))
        painter.drawRoundedRect(self._rect.translated(2, 3), 6, 6)
        painter.setPen(QPen(SELECTION if self.isSelected() else NOTE_EDGE, 2.5 if self.isSelected() else 1.2))
        painter.setBrush(NOTE_FILL)
        painter.drawRoundedRect(self._rect, 6, 6)
        painter.setPen(INK)
        painter.setFont(self.appearance.font(9.5))
        painter.drawText(self._rect.adjusted(10, 10, -10, -10), Qt.TextFlag.TextWordWrap, self.note.text)
