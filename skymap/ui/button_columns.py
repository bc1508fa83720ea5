"""Buttons two by two where two fit side by side, else one under another.

The statuses' six buttons stood in a grid of two columns; at 150 % and 200 % text size on a
1366x768 laptop the grid was wider than the panel, which scrolled sideways and cut off "Vis",
"Tilbage til nu" and "Nøgletal over tid" at its edge (a user trial). Here the buttons take two
columns while the widest of them fits half the width, and one column otherwise: never wider
than the panel, every button whole.
"""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QEvent, QRect, QSize
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QWidget


class ButtonColumns(QWidget):
    """`buttons` in reading order, two to a row where they fit (see the module)."""

    def __init__(self, buttons: list[QPushButton], parent=None) -> None:
        super().__init__(parent)
        self.buttons = list(buttons)
        for b in self.buttons:
            b.setParent(self)
        # (no height-for-width: a layout would then ask for the height at the least width,
        # six rows, and the panel would scroll where three rows of two fit; the least height
        # follows the width the panel gives instead, see minimumSizeHint)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _spacing(self) -> int:
        return max(0, self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, self))

    def _widest(self) -> int:
        return max((b.sizeHint().width() for b in self.buttons), default=0)

    def _row_height(self) -> int:
        return max((max(b.sizeHint().height(), b.minimumHeight()) for b in self.buttons), default=0)

    def columns(self, width: int) -> int:
        """2 while the widest button fits half of `width`, else 1."""
        return 2 if 2 * self._widest() + self._spacing() <= width else 1

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        rows = ceil(len(self.buttons) / self.columns(width))
        return rows * self._row_height() + max(0, rows - 1) * self._spacing()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(2 * self._widest() + self._spacing(), self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # as narrow as one column; as high as its rows at the width it has
        width = max(self.width(), self._widest())
        return QSize(self._widest(), self.heightForWidth(width))

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a button's text or font changed
            self.updateGeometry()
            self._place()
        return super().event(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        width, spacing = self.width(), self._spacing()
        columns = self.columns(width)
        cell = (width - (columns - 1) * spacing) // columns
        height = self._row_height()
        for i, b in enumerate(self.buttons):
            row, column = divmod(i, columns)
            x = column * (cell + spacing)
            w = width - x if column == columns - 1 else cell  # (the last column takes the odd pixel)
            b.setGeometry(QRect(x, row * (height + spacing), w, height))
        if self.height() != self.heightForWidth(width):
            self.updateGeometry()
