"""The statuses panel: the statuses of the map and what to do with them (what changed and
the figures over time are shown in their own panels, changes_list.py and changes_panel.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from skymap.model.document import MapDocument
from skymap.model.status import StatusFigures, chart_series
from skymap.ui.button_columns import ButtonColumns
from skymap.ui.changes_list import ChangesList
from skymap.ui.changes_panel import ChangesPanel


class StatusesPanel(QWidget):
    """Statuses with their key figures; buttons to save, view, compare and go back to now."""

    save_requested = Signal()
    view_requested = Signal(str)  # snapshot id
    compare_requested = Signal(str, object)  # earlier snapshot id, later snapshot id or None (= now)
    now_requested = Signal()
    figures_requested = Signal()  # the figures over time (and what changed), in their own panel
    remove_requested = Signal(str)

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.doc: MapDocument | None = None
        self._figures = StatusFigures()  # each status's figures, measured once
        self.setAccessibleName(self.tr("Statuses"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.mode = QLabel()
        self.mode.setWordWrap(True)
        self.mode.setObjectName("sectionTitle")
        self.mode.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )  # wraps; never widens the panel
        # What is shown is said in the bar above the map (status_banner.py) and the status bar;
        # here its four lines pushed the buttons out of sight on a 1366x768 laptop.
        self.mode.setVisible(False)
        layout.addWidget(self.mode)
        self.list = QListWidget()
        self.list.setWordWrap(True)  # long names and large text wrap rather than scroll sideways
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName(self.tr("Statuses"))
        self.list.setMinimumHeight(110)
        # a gap between rows: two selected statuses are two blocks, not one
        self.list.setSpacing(3)
        self.list.itemSelectionChanged.connect(self._enable)
        self.list.itemDoubleClicked.connect(lambda _i: self._view())
        layout.addWidget(self.list)
        self.save_button = QPushButton(self.tr("Save status…"))
        self.view_button = QPushButton(self.tr("Show"))
        self.compare_button = QPushButton(self.tr("Compare with now"))
        self.now_button = QPushButton(self.tr("Back to now"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.figures_button = QPushButton(self.tr("Figures over time"))
        buttons = [self.save_button, self.view_button, self.compare_button, self.now_button,
                   self.remove_button, self.figures_button]
        for b in buttons:
            b.setMinimumHeight(36)
        # two by two, or one under another where two do not fit (button_columns.py)
        self.buttons = ButtonColumns(buttons)
        layout.addWidget(self.buttons)
        self.save_button.clicked.connect(self.save_requested)
        self.view_button.clicked.connect(self._view)
        self.compare_button.clicked.connect(self._compare)
        self.now_button.clicked.connect(self.now_requested)
        self.remove_button.clicked.connect(self._remove)
        self.figures_button.clicked.connect(self.figures_requested)
        # What changed stands beside the map while a comparison is shown (changes_list.py),
        # the figures over time in their own panel under the map (the window docks both);
        # here they would be squeezed into a corner.
        self.changes_list = ChangesList()
        self.changes_list.figures_button.clicked.connect(self.figures_requested)
        self.changes_panel = ChangesPanel()
        self.changes, self.chart = self.changes_list.list, self.changes_panel.chart
        layout.addStretch(1)
        self.show_changes([])
        self.set_mode("")  # at now: nothing to go back to

    def set_document(self, doc: MapDocument) -> None:
        self.doc = doc
        self.refresh()

    def retranslate(self, lang: str) -> None:
        """Speak the language now installed; dates in its format."""
        self.lang = lang
        self.setAccessibleName(self.tr("Statuses"))
        self.list.setAccessibleName(self.tr("Statuses"))
        self.save_button.setText(self.tr("Save status…"))
        self.view_button.setText(self.tr("Show"))
        self.now_button.setText(self.tr("Back to now"))
        self.remove_button.setText(self.tr("Remove"))
        self.figures_button.setText(self.tr("Figures over time"))
        self.changes_panel.retranslate()
        self.changes_list.retranslate()
        self.refresh()
        self.chart.update()

    def refresh(self) -> None:
        if self.doc is None:
            return
        selected = {i.data(Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()}
        self.list.clear()
        locale = QLocale()
        for snap in sorted(self.doc.map.snapshots, key=lambda s: (s.date, s.taken)):
            c = self._figures.of(snap)  # (measured once per status, not after every edit)
            day = snap.date
            when = locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
            text = self.tr("%1 — %2\n%3 professionals, %4 coordination ties").replace("%1", snap.label).replace(
                "%2", when).replace("%3", str(c["professionals"])).replace("%4", str(c["coordination_links"]))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, snap.id)
            self.list.addItem(item)
            item.setSelected(snap.id in selected)
        # as tall as its statuses (up to four), so the buttons under it stay in sight
        rows = sum(self.list.sizeHintForRow(r) for r in range(min(4, self.list.count())))
        rows += 2 * self.list.spacing() * min(4, self.list.count())
        self.list.setMaximumHeight(max(self.list.minimumHeight(), rows + 2 * self.list.frameWidth() + 6))
        self._figures.keep_only(self.doc.map)
        # The chart (in the figures' dock, usually closed) measures the map when it is shown
        # or read, from the map as it is then: opening a big map does not wait for it.
        self.chart.set_data_later(self._chart_data)
        self._enable()

    def _chart_data(self) -> tuple[list[str], list[tuple[str, list[int]]]]:
        assert self.doc is not None  # (set before the first refresh)
        return chart_series(self.doc.map, self.lang, known=self._figures)

    def _selected(self) -> list[str]:
        rows = sorted(self.list.row(i) for i in self.list.selectedItems())
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in rows]

    def _enable(self) -> None:
        chosen = self._selected()
        self.view_button.setEnabled(len(chosen) == 1)
        self.remove_button.setEnabled(len(chosen) == 1)
        self.compare_button.setEnabled(len(chosen) in (1, 2))
        self.compare_button.setText(self.tr("Compare the two") if len(chosen) == 2 else self.tr("Compare with now"))

    def _view(self) -> None:
        chosen = self._selected()
        if len(chosen) == 1:
            self.view_requested.emit(chosen[0])

    def _compare(self) -> None:
        chosen = self._selected()
        if len(chosen) == 1:
            self.compare_requested.emit(chosen[0], None)
        elif len(chosen) == 2:
            self.compare_requested.emit(chosen[0], chosen[1])

    def _remove(self) -> None:
        chosen = self._selected()
        if len(chosen) == 1:
            self.remove_requested.emit(chosen[0])

    def set_mode(self, text: str) -> None:
        self.mode.setText(text)
        self.now_button.setEnabled(bool(text))

    def show_changes(self, lines: list[str], heading: str = "") -> None:
        self.changes_panel.show_changes(lines, heading)
        self.changes_list.show_changes(lines, heading)


class SaveStatusDialog(QDialog):
    """The name and date of a new status (the date defaults to today, typed or picked)."""

    def __init__(self, default_name: str, parent=None) -> None:
        from skymap.ui.date_field import DateField, example_date  # noqa: PLC0415

        super().__init__(parent)
        self.setWindowTitle(self.tr("Save status"))
        form = QFormLayout(self)
        self.name = QLineEdit(default_name)
        self.name.selectAll()
        self.name.setMinimumWidth(300)
        self.date = DateField(QDate.currentDate())
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Date"), self.date)
        self.hint = QLabel(self.tr("Write the date as %1 (or 2027-02-28).").replace("%1", example_date()))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #b71c1c;")
        self.hint.setVisible(False)
        form.addRow("", self.hint)
        # A future date is allowed (a status prepared for a meeting), but said (issue 21).
        self.future = QLabel(self.tr("The date is in the future."))
        self.future.setStyleSheet("color: #7a4f00;")
        self.future.setVisible(False)
        form.addRow("", self.future)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.date.validity_changed.connect(self._date_checked)
        self.date.edit.textChanged.connect(self._future_checked)
        self._future_checked(self.date.text())

    def _future_checked(self, text: str) -> None:
        from skymap.ui.date_field import parse_date  # noqa: PLC0415

        parsed = parse_date(text)
        self.future.setVisible(parsed is not None and parsed > date.today())

    def _date_checked(self, valid: bool) -> None:
        self.hint.setVisible(not valid)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(valid)

    def accept(self) -> None:
        if self.date.valid():  # Enter in a half-typed date does not save a wrong one
            super().accept()

    def values(self):
        return self.name.text().strip(), self.date.date().toPython()
