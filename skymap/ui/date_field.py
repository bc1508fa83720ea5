"""A date field that takes a date as a caseworker types it.

QDateEdit edits a date section by section, so typing "28022027" or "28.02.2027" over a
selected date gave nonsense ("29.08.000022027"). This field is a plain line edit that reads
the usual written forms when the user is done typing, with a calendar beside it:

- Danish order: 28.02.2027, 28-02-2027, 28/02/2027, 1.3.2027, 28.02.27, 28022027, 280227
- ISO: 2027-02-28 (and 20270228)
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

_DAY_FIRST = re.compile(r"(\d{1,2})\s*[.\-/ ]\s*(\d{1,2})\s*[.\-/ ]\s*(\d{4}|\d{2})\.?")
_ISO = re.compile(r"(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})")


def _make(y: int, m: int, d: int) -> date | None:
    if y < 100:
        y += 2000
    try:
        return date(y, m, d) if 1900 <= y <= 2200 else None
    except ValueError:
        return None


def parse_date(text: str) -> date | None:
    """The date in `text` (day first, or ISO year first), or None if it is not a date."""
    t = text.strip()
    if m := _ISO.fullmatch(t):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _DAY_FIRST.fullmatch(t):
        return _make(int(m[3]), int(m[2]), int(m[1]))
    if t.isdecimal() and len(t) == 8:
        return _make(int(t[4:]), int(t[2:4]), int(t[:2])) or _make(int(t[:4]), int(t[4:6]), int(t[6:]))
    if t.isdecimal() and len(t) == 6:
        return _make(int(t[4:]), int(t[2:4]), int(t[:2]))
    return None


def display_format() -> str:
    """The interface language's short date, always with a four-digit year ("dd.MM.yyyy")."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


EXAMPLE = date(2027, 2, 28)
"""The date the messages show as an example (its day cannot be taken for a month)."""


def example_date() -> str:
    """The example date as the field shows dates in the interface's language (28.02.2027,
    28/02/2027): what a message about a mistyped date shows."""
    return QLocale().toString(QDate(EXAMPLE.year, EXAMPLE.month, EXAMPLE.day), display_format())


class DateField(QWidget):
    """A typed date with a calendar button. `date()` is the last valid date; `valid()` says
    whether the text as it stands is one."""

    validity_changed = Signal(bool)

    def __init__(self, value: QDate | date | None = None, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.edit = QLineEdit()
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 24)
        self.edit.setAccessibleName(self.tr("Date"))
        layout.addWidget(self.edit, 1)
        self.button = QToolButton()
        self.button.setText(self.tr("Calendar…"))
        self.button.setToolTip(self.tr("Choose the date in a calendar"))
        self.button.setMinimumHeight(32)
        self.button.clicked.connect(self.open_calendar)
        layout.addWidget(self.button)
        self.calendar = QCalendarWidget()
        self.calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self._name_calendar_parts()
        self.popup = QMenu(self)
        holder = QWidgetAction(self.popup)
        holder.setDefaultWidget(self.calendar)
        self.popup.addAction(holder)
        self._valid = True
        self._date = QDate.currentDate()
        self.edit.textEdited.connect(self._check)
        self.edit.editingFinished.connect(self._tidy)
        self.setDate(value or QDate.currentDate())
        self.setFocusProxy(self.edit)

    def _name_calendar_parts(self) -> None:
        """Qt's calendar has a year field and month buttons with no name a screen reader can
        say (only an icon or a number): name them."""
        names = {
            "qt_calendar_yearedit": self.tr("Year"),
            "qt_calendar_monthbutton": self.tr("Month"),
            "qt_calendar_prevmonth": self.tr("Previous month"),
            "qt_calendar_nextmonth": self.tr("Next month"),
            "qt_calendar_yearbutton": self.tr("Year"),
            "qt_calendar_calendarview": self.tr("Calendar"),
            "qt_tableview_cornerbutton": self.tr("Calendar"),
        }
        for child in self.calendar.findChildren(QWidget):
            name = names.get(child.objectName())
            if isinstance(child, QHeaderView):
                name = self.tr("Weekdays") if child.orientation() == Qt.Orientation.Horizontal else self.tr("Weeks")
            if name and not child.accessibleName():
                child.setAccessibleName(name)

    # the parts of QDateEdit's interface the dialog and its tests use
    def setDate(self, value: QDate | date) -> None:
        self._date = value if isinstance(value, QDate) else QDate(value.year, value.month, value.day)
        self.edit.setText(QLocale().toString(self._date, display_format()))
        self._check()

    def date(self) -> QDate:
        return self._date

    def text(self) -> str:
        return self.edit.text()

    def valid(self) -> bool:
        return self._valid

    def _check(self, *_args) -> None:
        parsed = parse_date(self.edit.text())
        if parsed is not None:
            self._date = QDate(parsed.year, parsed.month, parsed.day)
        valid = parsed is not None
        self.edit.setProperty("invalid", not valid)
        self.edit.setStyleSheet("" if valid else "QLineEdit { border: 2px solid #c62828; }")
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def _tidy(self) -> None:
        """Typing done: show a date that was understood in the usual form."""
        if parse_date(self.edit.text()) is not None:
            self.setDate(self._date)

    def open_calendar(self) -> None:
        self.calendar.setSelectedDate(self._date)
        self._size_calendar()
        self.popup.popup(self.button.mapToGlobal(self.button.rect().bottomLeft()))

    def _size_calendar(self) -> None:
        """Wide enough that every weekday's short name is whole ("man.", not "m…")."""
        fm = self.calendar.fontMetrics()
        locale = self.calendar.locale()
        names = [locale.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]
        column = max(fm.horizontalAdvance(n) for n in names + ["00"]) + 18
        self.calendar.setMinimumSize(7 * column + 8, max(260, 10 * fm.height() + 40))

    def _picked(self, value: QDate) -> None:
        self.setDate(value)
        self.popup.hide()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
