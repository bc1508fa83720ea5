"""View ▸ Relational Coordination: the network mean, each dimension, the weakest ties, the
cloud-to-cloud matrix and the findings of the map, with the map's band limits; and
File ▸ Import Relational Coordination… (scores from a CSV file, one undo step).

Everything measured comes from `skymap.model.rc`; this module only shows it and turns the
user's edits into undo commands.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from skymap.model.errors import SkymapError
from skymap.model.messages import message, system_language
from skymap.model.rc import DIMENSIONS, number, rc_findings, rc_series, summarise
from skymap.model.vocabulary import Quality, label
from skymap.ui.commands import AddCommand, SettingsCommand, UpdateCommand

if TYPE_CHECKING:
    from skymap.ui.main_window import MainWindow
    from skymap.ui.signals import DocumentSignals

BAND_BRUSH = {Quality.WEAK: QColor("#e0e0e0"), Quality.MODERATE: QColor("#f4f4f4"), Quality.STRONG: QColor("#ffffff")}
"""Matrix cells: grey for weak — the band is written in the cell too, never colour alone."""


def _lang(window) -> str:
    return window.lang or system_language()


def _ask_scores_file(parent) -> str:
    """The CSV file to load, or "" (tests replace this)."""
    title = QCoreApplication.translate("RcView", "Import relational coordination")
    kinds = QCoreApplication.translate("RcView", "Score files (*.csv *.txt);;All files (*)")
    path, _ = QFileDialog.getOpenFileName(parent, title, "", kinds)
    return path


def _warn(parent, text: str) -> None:
    """Say what went wrong (tests replace QMessageBox.warning)."""
    QMessageBox.warning(parent, "Skymap", text)


def import_scores(window, path: str | None = None) -> bool:
    """Load scores from a CSV file into the map as one undo step; a refused file changes
    nothing and is explained in one message with its line numbers."""
    from skymap.model.rc_scores import plan_scores  # noqa: PLC0415
    from skymap.storage.rc_import import read_scores  # noqa: PLC0415

    path = path or _ask_scores_file(window)
    if not path:
        return False
    lang = _lang(window)
    try:
        plan = plan_scores(window.doc, read_scores(path), path=Path(path).name)
    except SkymapError as err:
        _warn(window, err.message(lang))
        return False
    doc, stack = window.doc, window.undo_stack
    text = QCoreApplication.translate("RcView", "Import relational coordination")
    stack.beginMacro(text)
    if plan.new_links:
        stack.push(AddCommand(doc, text, [("links", link) for link in plan.new_links]))
    if plan.updates:
        stack.push(UpdateCommand(doc, text, [("links", link_id, {"rc": scores}) for link_id, scores in plan.updates]))
    stack.endMacro()
    window.statusBar().showMessage(message("rc_saved", lang, scored=plan.scored, created=len(plan.new_links)), 8000)
    view = window.rc_view  # (None until first opened: MainWindow.__init__)
    if view is not None:
        view.refresh()
    return True


def show_view(window) -> RcView:
    """Open (or raise) the relational-coordination view of the window's map."""
    view = window.rc_view  # (None until first opened: MainWindow.__init__)
    if view is None:
        view = window.rc_view = RcView(window)
    view.follow()
    view.show()
    view.raise_()
    view.activateWindow()
    return view


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to pick: no current-cell frame
    return table


def _fit_height(table: QTableWidget) -> None:
    """As tall as its rows: the tables above the matrix never scroll."""
    table.resizeRowsToContents()
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(height + 2)


def _cell(text: str, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class RcView(QDialog):
    """Relational coordination of the map shown in the window (not modal: the map stays usable)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window  # (not `window`: that is QWidget.window())
        self.setObjectName("rcView")
        self.setModal(False)
        self._signals: DocumentSignals | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)

        self.mean = QLabel()
        self.mean.setWordWrap(True)
        font = QFont(self.mean.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.mean.setFont(font)
        self.dims = _table(2)
        self.weakest = _table(3)
        self.matrix = _table(0)
        from skymap.ui.rc_chart import RcTrendChart  # noqa: PLC0415

        self.trend = RcTrendChart()
        self.tabs = QTabWidget()  # the cloud pairs now, and everything over time
        self.tabs.addTab(self.matrix, "")
        self.tabs.addTab(self.trend, "")
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dims_title, self.weakest_title, self.bands_title = (QLabel() for _ in range(3))
        for title in (self.dims_title, self.weakest_title, self.bands_title):
            title.setStyleSheet("font-weight: bold")

        self.weak_below = QDoubleSpinBox()
        self.strong_from = QDoubleSpinBox()
        for box in (self.weak_below, self.strong_from):
            box.setRange(1.0, 5.0)
            box.setSingleStep(0.1)
            box.setDecimals(1)
            box.setMaximumWidth(110)
            box.editingFinished.connect(self.set_bands)
        self.bands = QFormLayout()
        self.weak_label, self.strong_label = QLabel(), QLabel()
        self.bands.addRow(self.weak_label, self.weak_below)
        self.bands.addRow(self.strong_label, self.strong_from)

        self.import_button = QPushButton()
        self.import_button.clicked.connect(lambda: import_scores(self.main_window))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)

        left = QVBoxLayout()
        left.addWidget(self.dims_title)
        left.addWidget(self.dims)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.weakest_title)
        right.addWidget(self.weakest)
        right.addWidget(self.bands_title)
        right.addLayout(self.bands)
        right.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mean)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.findings)
        layout.addWidget(buttons)
        self.resize(1000, 640)
        self.retranslate()

    # ----- following the map --------------------------------------------------------------
    def follow(self) -> None:
        """Follow the window's current map (a newly opened map replaces the document)."""
        docview = self.main_window.docview
        assert docview is not None  # (the window has its working map)
        signals = docview.signals
        if signals is not self._signals:
            if self._signals is not None:
                try:
                    self._signals.changed.disconnect(self._changed)
                except (RuntimeError, TypeError):  # the old document is gone already
                    pass
            self._signals = signals
            signals.changed.connect(self._changed)
        self.refresh()

    def _changed(self, change) -> None:
        if change.collection in ("links", "actors", "domains", "settings", "snapshots"):
            self._timer.start()  # once per burst of changes

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("RcView", "Relational coordination"))
        self.dims_title.setText(QCoreApplication.translate("RcView", "By dimension"))
        self.weakest_title.setText(QCoreApplication.translate("RcView", "Weakest ties"))
        self.tabs.setTabText(0, QCoreApplication.translate("RcView", "Mean by pair of clouds"))
        self.tabs.setTabText(1, QCoreApplication.translate("RcView", "Over time"))
        self.bands_title.setText(QCoreApplication.translate("RcView", "Bands (this map's settings)"))
        self.weak_label.setText(QCoreApplication.translate("RcView", "Weak below"))
        self.strong_label.setText(QCoreApplication.translate("RcView", "Strong from"))
        self.import_button.setText(QCoreApplication.translate("RcView", "Import scores…"))
        self.weakest.setHorizontalHeaderLabels([QCoreApplication.translate("RcView", "Tie"),
                                                QCoreApplication.translate("RcView", "Score"),
                                                QCoreApplication.translate("RcView", "Band")])
        self.refresh()

    def refresh(self) -> None:
        doc = self.main_window.doc
        lang = _lang(self.main_window)
        m = doc.map
        s = summarise(m, m.settings)
        if s.mean is None:
            self.mean.setText(message("rc_none", lang))
        else:
            self.mean.setText(message("rc_mean", lang, mean=number(s.mean, lang), band=label(s.band(s.mean), lang),
                                      count=len(s.ties)))
        # the network mean and each dimension; at each status too, once there are statuses
        states, named = rc_series(m, lang) if m.snapshots else ([QCoreApplication.translate("RcView", "Mean")], [])
        if not named:
            named = [(label(d, lang), [s.by_dimension[d]]) for d in DIMENSIONS]
        self.dims.setColumnCount(1 + len(states))
        self.dims.setHorizontalHeaderLabels([QCoreApplication.translate("RcView", "Dimension"), *states])
        self.dims.setRowCount(len(named))
        for row, (name, values) in enumerate(named):
            self.dims.setItem(row, 0, _cell(name))
            for col, value in enumerate(values, start=1):
                self.dims.setItem(row, col, _cell("–" if value is None else number(value, lang), True))
        weakest = s.weakest()
        self.weakest.setRowCount(len(weakest))
        for row, t in enumerate(weakest):
            self.weakest.setItem(row, 0, _cell(f"{s.names[t.a]} – {s.names[t.b]}"))
            self.weakest.setItem(row, 1, _cell(number(t.score, lang), True))
            self.weakest.setItem(row, 2, _cell(label(s.band(t.score), lang)))
        used = [d for d in s.domain_labels if any(d in pair for pair in s.pairs)]
        self.matrix.clear()
        self.matrix.setColumnCount(len(used))
        self.matrix.setRowCount(len(used))
        self.matrix.setHorizontalHeaderLabels([s.domain_labels[d] for d in used])
        self.matrix.setVerticalHeaderLabels([s.domain_labels[d] for d in used])
        self.matrix.verticalHeader().setVisible(bool(used))
        for r, da in enumerate(used):
            for c, db in enumerate(used):
                value = s.pairs.get((da, db), s.pairs.get((db, da)))
                if value is None:
                    continue
                band = s.band(value)
                item = _cell(f"{number(value, lang)} ({label(band, lang)})")
                item.setBackground(QBrush(BAND_BRUSH[band]))
                self.matrix.setItem(r, c, item)
        for table in (self.dims, self.weakest):
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for col in range(1, table.columnCount()):
                table.resizeColumnToContents(col)
            _fit_height(table)
        self.weakest.resizeColumnToContents(2)
        self.matrix.resizeColumnsToContents()
        self.matrix.resizeRowsToContents()
        if m.snapshots:
            self.trend.set_data(states, named, lang)
        else:
            self.trend.set_data([], [], lang)
        found = rc_findings(m, m.settings, s)
        self.findings.setText("\n".join(f"• {f.text(lang)}" for f in found))
        self.findings.setVisible(bool(found))
        for box, value in ((self.weak_below, m.settings.rc_weak_below), (self.strong_from, m.settings.rc_strong_from)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        editable = getattr(self.main_window, "act_import_rc", None)
        can_edit = editable is None or editable.isEnabled()
        for widget in (self.weak_below, self.strong_from, self.import_button):
            widget.setEnabled(can_edit)

    def set_bands(self) -> bool:
        """The band limits typed in, as one undo step; weak-below above strong-from is refused."""
        weak, strong = round(self.weak_below.value(), 1), round(self.strong_from.value(), 1)
        settings = self.main_window.doc.map.settings
        if (weak, strong) == (settings.rc_weak_below, settings.rc_strong_from):
            return False
        if weak > strong:
            refused = QCoreApplication.translate("RcView", "“Weak below” cannot be above “Strong from”.")
            self.main_window.statusBar().showMessage(refused, 8000)
            self.refresh()
            return False
        text = QCoreApplication.translate("RcView", "Change relational-coordination bands")
        self.main_window.undo_stack.push(SettingsCommand(self.main_window.doc, text,
                                                    {"rc_weak_below": weak, "rc_strong_from": strong}))
        return True
