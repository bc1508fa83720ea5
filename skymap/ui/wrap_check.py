"""A check box whose text wraps onto more lines when its panel is narrower than the text.

At 200 % text size on a 1366x768 laptop the inspector's "Skærmet: må ikke orienteres eller
inddrages" (561 px) and "Aktiv (stadig involveret)" made the person's page 581 px wide in a
350-pixel panel: the page scrolled sideways and every field was cut at the right ("Mette S",
"Børnesagsbehar"). A QCheckBox never wraps; this one does, and where its text fits on one line
it is drawn exactly as a QCheckBox.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QStyle, QStyleOptionButton, QStyleOptionFocusRect, QStylePainter

_FLAGS = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
          | Qt.TextFlag.TextShowMnemonic)


class WrapCheckBox(QCheckBox):
    """A QCheckBox whose text wraps (see the module)."""

    def __init__(self, text: str = "", parent=None) -> None:
        super().__init__(text, parent)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)

    def _indent(self) -> int:
        """Pixels from the left edge to the text: the box and the space after it."""
        style = self.style()
        return (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
                + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self))

    def _text_height(self, width: int) -> int:
        room = max(1, width - self._indent() - 2)
        return QFontMetrics(self.font()).boundingRect(QRect(0, 0, room, 100000), _FLAGS, self.text()).height()

    def _one_line(self, width: int) -> bool:
        return super().sizeHint().width() <= width

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        # Only while shown and narrower than its one line: a stack's hidden page (the
        # inspector's) would otherwise make the page shown as high as itself.
        parent = self.parentWidget()
        return self.isVisible() and parent is not None and super().sizeHint().width() > parent.width()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        one_line = super().sizeHint().height()
        if self._one_line(width):
            return one_line
        return max(one_line, self._text_height(width) + 4)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.updateGeometry()  # (hidden, it said it had no height for a width: the layout asks again)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.height() < self.heightForWidth(self.width()):
            self.updateGeometry()  # narrower than its line now: the layout gives it the lines' height

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(w) for w in self.text().split()), default=0)
        width = min(super().sizeHint().width(), self._indent() + widest + 6)
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._one_line(self.width()):
            super().paintEvent(event)  # exactly a QCheckBox
            return
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        style = self.style()
        indicator = QStyleOptionButton(option)
        box = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        line = QFontMetrics(self.font()).height()
        box.moveTop(max(0, (line - box.height()) // 2 + 2))  # beside the first line
        indicator.rect = box
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, indicator)
        text = QRect(self._indent(), 2, self.width() - self._indent() - 2, self.height() - 2)
        style.drawItemText(painter, text, _FLAGS, self.palette(), self.isEnabled(), self.text(),
                           QPalette.ColorRole.WindowText)
        if self.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            focus.rect = style.itemTextRect(self.fontMetrics(), text, _FLAGS, self.isEnabled(), self.text())
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)

    def hitButton(self, pos) -> bool:  # noqa: N802 - Qt's name
        return self.rect().contains(pos)  # the whole text, all its lines
