"""The overview's headline and findings list at a larger text size (Settings ▸ Text size).

At 200 % on a 1366x768 laptop a user saw "19 professional" (the headline's one long word cut
at the panel's edge), and with the Statuses tab open (which takes half the right side) the
findings box was three lines high. So the headline's font steps down, never up, until the
headline fits on one line (as far as HEADLINE_ONE_LINE of its size) or at least its widest
word fits; and the findings list is never lower than FINDINGS_LINES lines of its own font
(the panel scrolls instead, ui/document_view.scrolling). The counts below keep their words
whole and every line (fit_rows).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QLabel, QListWidget, QTableWidget

HEADLINE_ONE_LINE = 0.7
"""The headline gets as small as this share of its size to stand on one line."""
SMALLEST_PT = 9.0
FINDINGS_LINES = 5
"""The findings list shows at least this many lines of text."""
FINDINGS_LEAST = 160
"""...and is never lower than this (pixels), as at the normal text size."""


class FittedLabel(QLabel):
    """A word-wrapping label whose font (set by the window's style sheet) steps down until its
    text fits its width (see the module). Fitted again only when its text or width changes,
    or the window's style (the text size); its own style sheet is set only when the size it
    needs is not the one it has (each set restyles the label and lays out the panel anew:
    ~3.7 ms a changed count at 200 %, where ~0.05 ms of measuring is all that is needed)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._busy = False
        self._fitted_for: tuple | None = None
        self._natural: float | None = None  # the point size the window's style sheet gives
        self._sizes: dict[tuple[str, int], float] = {}  # (text, room) -> its fitted size

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange) and not self._busy:
            # a new text size: fitted from its new size
            self._fitted_for, self._natural = None, None
            self._sizes.clear()
            self.fit()

    def fit(self) -> None:
        room = self.contentsRect().width()
        key = (self.text(), room)
        if self._busy or not self.text() or room <= 0 or key == self._fitted_for:
            return
        self._busy = True
        try:
            if self._natural is None:
                if self.styleSheet():
                    self.setStyleSheet("")  # the size the window's style sheet gives it
                self.ensurePolished()
                self._natural = self.font().pointSizeF()
            natural = self._natural
            size = self._sizes.get(key)
            if size is None:
                if len(self._sizes) > 64:  # (a dock dragged wider and narrower)
                    self._sizes.clear()
                font = QFont(self.font())
                font.setPointSizeF(natural)
                size = self._sizes[key] = fitted_size(font, self.text(), room)
            wanted = f"font-size: {size:.1f}pt;" if size < natural - 0.05 else ""
            if wanted != self.styleSheet():
                self.setStyleSheet(wanted)
            self._fitted_for = key
        finally:
            self._busy = False


def fitted_size(font: QFont, text: str, room: float) -> float:
    """The point size of `font` at which `text` fits `room` pixels on one line (down to
    HEADLINE_ONE_LINE of its size), else at which its widest word does (down to SMALLEST_PT)."""
    natural = font.pointSizeF()

    def width(size: float, part: str) -> float:
        f = QFont(font)
        f.setPointSizeF(size)
        return QFontMetricsF(f).horizontalAdvance(part) + 2  # (a pixel's rounding each side)

    if width(natural, text) <= room:
        return natural
    size = natural
    while size * 0.95 >= natural * HEADLINE_ONE_LINE:
        size *= 0.95
        if width(size, text) <= room:
            return size
    widest = max(text.split() or [""], key=lambda w: width(natural, w))
    size = natural
    while size > SMALLEST_PT and width(size, widest) > room:
        size = max(SMALLEST_PT, size * 0.95)
    return size


class FindingsList(QListWidget):
    """The findings' list: at least FINDINGS_LINES lines of its font high (see the module)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        lines = self.fontMetrics().lineSpacing() * FINDINGS_LINES
        height = lines + 2 * self.frameWidth() + 4 * self.spacing()
        return QSize(hint.width(), max(FINDINGS_LEAST, height))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()  # a new text size: a new least height


CELL_MARGIN = 12
"""Pixels of a counts cell's width its text does not get: the style sheet's padding (2 px each
side) and the item's text margins."""
MEASURED_WIDER = 6
"""Pixels wider the table measures a label's lines in than it draws them."""
ROW_PAD = 4
"""Pixels a counts row is higher than its lines."""
HEADING_ROOM = 12
"""Pixels above a heading's text, as between paragraphs (counts_table.py)."""
SMALLEST_CELL_PT = 8.0


def fit_rows(table: QTableWidget) -> None:
    """Every row of the overview's counts (counts_table.py) whole at a larger text size: a
    label or heading whose one word is wider than its cell is set smaller ("Samarbejdsforbind…"
    at 200 %), and each row is as high as its text's lines (a heading that wrapped reached up
    over the row above: "Professionals per family member" over "Contacts with the family").
    Called before the table measures its rows."""
    base = table.font()
    for r in range(table.rowCount()):
        item = table.item(r, 0)
        if item is None or not item.text():
            continue
        heading = table.columnSpan(r, 0) > 1
        room = (table.viewport().width() if heading else table.columnWidth(0)) - CELL_MARGIN
        if room <= 0:
            continue
        font = QFont(base)
        font.setBold(heading)
        widest = max((QFontMetricsF(font).horizontalAdvance(w) for w in item.text().split()), default=0.0)
        if widest > room:
            font.setPointSizeF(max(SMALLEST_CELL_PT, font.pointSizeF() * room / widest))
        item.setFont(font)  # (the same font again changes nothing)
        metrics = QFontMetrics(font)
        drawn = metrics.boundingRect(QRect(0, 0, room, 100000), Qt.TextFlag.TextWordWrap, item.text()).height()
        if heading:  # (a heading's height is its own: counts_table.py)
            item.setData(Qt.ItemDataRole.SizeHintRole, QSize(0, drawn + HEADING_ROOM))
            continue
        # The table measures a row's lines in a wider room than the text is then drawn in (the
        # style sheet's padding is left out): where that gives one line less, the row's height
        # is the drawn lines' (a label's last line was cut off: "Kontakter med familien").
        measured = metrics.boundingRect(QRect(0, 0, room + MEASURED_WIDER, 100000), Qt.TextFlag.TextWordWrap,
                                        item.text()).height()
        item.setData(Qt.ItemDataRole.SizeHintRole, QSize(0, drawn + ROW_PAD) if drawn > measured else None)
