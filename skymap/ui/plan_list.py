"""The agreements of the joint plan as a compact list: two short lines per agreement.

Beside the map the plan shares the right column with the overview; at 1366×768 an agreement
wrapped onto two to four lines left room for about two of them. Here each agreement is drawn
in two lines of fixed height: what will be done (numbered as `skymap plan --list` numbers
them) across the whole width, and under it who and, aligned on the right, when - the due
date, or the state of an agreement no longer open. What does not fit is elided; the
agreement chosen opens to its whole text and note (a tablet has no tooltips), and the whole
sentence is also each row's tooltip and what a screen reader hears (the item's text).
Status is said in words as well as in colour: an overdue date is red, bold and marked "!",
a done or dropped agreement says so in grey.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from skymap.model.plan import is_overdue, owner_name, status_label
from skymap.model.vocabulary import AgreementStatus
from skymap.ui.date_field import display_format

OVERDUE = QColor("#b3261e")
MUTED = QColor("#5f6b76")
PAD = 3
"""Pixels around a row's two lines, and between the who and the when."""

TEXT, WHO, WHEN, STATE, NOTE = (Qt.ItemDataRole.UserRole + n for n in range(1, 6))
"""The item's parts the delegate draws (Qt.UserRole itself holds the agreement's id)."""


def shown_date(d: date) -> str:
    """A date as the interface writes it (28.02.2027)."""
    return QLocale().toString(QDate(d.year, d.month, d.day), display_format())


def small_font(font: QFont) -> QFont:
    """The second line's font: the application's own size (never below it), at most `font`'s."""
    small = QFont(font)
    app = QApplication.font().pointSizeF()
    if app > 0 and font.pointSizeF() > 0:
        small.setPointSizeF(min(font.pointSizeF(), app))
    return small


class AgreementDelegate(QStyledItemDelegate):
    """Draws an agreement in two lines (the current one open to its whole text and note)."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    def _open(self, index) -> bool:
        return index.row() == self.view.currentRow()

    def _width(self) -> int:
        return max(40, self.view.viewport().width() - 2 * PAD)

    def _wrapped(self, font: QFont, text: str) -> QRect:
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        return QFontMetrics(font).boundingRect(QRect(0, 0, self._width(), 10000), flags, text)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt's name)
        font = option.font
        small = small_font(font)
        height = QFontMetrics(font).height() + QFontMetrics(small).height()
        if self._open(index):
            height += self._wrapped(font, index.data(TEXT) or "").height() - QFontMetrics(font).height()
            note = index.data(NOTE) or ""
            if note:
                height += self._wrapped(small, note).height()
        return QSize(self._width(), height + 2 * PAD)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # (the style draws the background, the selection and the focus frame)
        style = self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, self.view)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        state = index.data(STATE)
        ink = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        quiet = ink if selected else MUTED
        font, small = option.font, small_font(option.font)
        big, little = QFontMetrics(font), QFontMetrics(small)
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        painter.save()
        painter.setFont(font)
        painter.setPen(quiet if state in ("done", "dropped") else ink)
        text = index.data(TEXT) or ""
        top = rect.top()
        if self._open(index):
            box = self._wrapped(font, text)
            painter.drawText(QRect(rect.left(), top, rect.width(), box.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, text)
            top += box.height()
        else:
            painter.drawText(QRect(rect.left(), top, rect.width(), big.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             big.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))
            top += big.height()
        when = index.data(WHEN) or ""
        strong = QFont(small)
        strong.setBold(state == "overdue")
        when_width = QFontMetrics(strong).horizontalAdvance(when)
        line = QRect(rect.left(), top, rect.width(), little.height())
        painter.setFont(strong)
        painter.setPen(OVERDUE if state == "overdue" and not selected else quiet)
        painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)
        painter.setFont(small)
        painter.setPen(quiet)
        who_width = max(0, rect.width() - when_width - (2 * PAD if when else 0))
        painter.drawText(QRect(rect.left(), top, who_width, little.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         little.elidedText(index.data(WHO) or "", Qt.TextElideMode.ElideRight, who_width))
        note = index.data(NOTE) or ""
        if note and self._open(index):
            top += little.height()
            box = self._wrapped(small, note)
            painter.drawText(QRect(rect.left(), top, rect.width(), box.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, note)
        painter.restore()


class AgreementList(QListWidget):
    """The agreements, two lines each; an item's `Qt.UserRole` holds the agreement's id and
    its text the whole sentence."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementsList")
        self.setUniformItemSizes(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.delegate = AgreementDelegate(self)
        self.setItemDelegate(self.delegate)
        self._open_row = -1
        self.currentRowChanged.connect(self._reopen)
        # A row chosen by a click is scrolled into view once a double click could no longer
        # follow: the rows do not move under the mouse between its two clicks (the second
        # would choose another agreement and open none).
        self._scroll_later = QTimer(self)
        self._scroll_later.setSingleShot(True)
        self._scroll_later.timeout.connect(self.show_current)
        self._pressing = False

    def fill(self, m, lang: str, today: date, select: str | None) -> None:
        """List the agreements of `m` (None: none), the one with id `select` made current."""
        self.clear()
        for n, ag in enumerate(m.agreements if m else [], 1):
            who = owner_name(m, ag.owner, lang)
            overdue = is_overdue(ag, today)
            if ag.status is AgreementStatus.OPEN:
                when = (shown_date(ag.due) + (" !" if overdue else "")) if ag.due else ""
            else:
                when = status_label(ag, today, lang)
            item = QListWidgetItem(self.sentence(n, ag, who, today, lang))
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, ag.id)
            for role, value in ((TEXT, f"{n}. {ag.text}"), (WHO, who), (WHEN, when), (NOTE, ag.note),
                                (STATE, "overdue" if overdue else ag.status.value)):
                item.setData(role, value)
            self.addItem(item)
            if ag.id == select:
                self.setCurrentItem(item)

    def sentence(self, n: int, ag, who: str, today: date, lang: str) -> str:
        """The whole agreement in words: what the row's tooltip and a screen reader say."""
        parts = [who]
        if ag.due:
            parts.append(self.tr("by %1").replace("%1", shown_date(ag.due)))
        parts.append(status_label(ag, today, lang))
        text = f"{n}. {ag.text} — " + " · ".join(parts)
        return text + (f"\n{ag.note}" if ag.note else "")

    def agreement_id(self, item: QListWidgetItem | None) -> str | None:
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def row_text(self, row: int) -> str:
        """The whole sentence of the agreement in `row`."""
        item = self.item(row)
        return item.text() if item is not None else ""

    def _reopen(self, row: int) -> None:
        """The row chosen opens to its whole text, the one before closes (heights asked again)."""
        for was in {self._open_row, row}:
            if 0 <= was < self.count():
                self.delegate.sizeHintChanged.emit(self.model().index(was, 0))
        self._open_row = row
        if self._pressing:
            self._scroll_later.start(QApplication.doubleClickInterval())
        else:
            self.show_current()

    def show_current(self) -> None:
        """Scroll the current row, opened, whole into view (its top first if it is taller)."""
        row = self.currentRow()
        if 0 <= row < self.count():
            self.doItemsLayout()  # (its opened height, not the closed one)
            self.scrollToItem(self.item(row))

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._pressing = True
        try:
            super().mousePressEvent(event)
        finally:
            self._pressing = False

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # (the open row wraps to the new width)
