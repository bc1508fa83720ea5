"""The overview's counts as a table a screen reader can step through, row by row.

It looks like the plain two-column list it replaces (no grid, no headers, no frame, the
panel's own background, as tall as its rows so it never scrolls inside the panel), but each
row is a pair of cells with an accessible text that says the whole row ("Private network: 3",
"Thomas Nørgaard (father): in contact with 2 professionals"), reached with Tab and the arrow keys.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableWidget, QTableWidgetItem

from skymap.ui.overview_fit import fit_rows


@dataclass(frozen=True)
class Row:
    label: str
    value: int
    spoken: str = ""
    """What a screen reader says for the row; "label: value" when empty."""


@dataclass(frozen=True)
class Section:
    heading: str | None
    rows: list[Row]
    bold_values: bool = False


class CountsTable(QTableWidget):
    """Sections of label/number rows under optional headings."""

    def __init__(self, parent=None) -> None:
        super().__init__(0, 2, parent)
        self._model = self.model()  # (the table's own, for good; asking for it costs ~0.5 ms a time)
        self.setObjectName("countsTable")
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet("QTableWidget#countsTable { background: transparent; }"
                           "QTableWidget#countsTable::item { padding: 1px 2px; }")
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # the labels' column narrows as the numbers' widens (a larger text size): fitted again
        header.sectionResized.connect(self._column_resized)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        for header in (self.horizontalHeader(), self.verticalHeader()):  # hidden, but still listed
            header.setAccessibleName(name)

    def set_sections(self, sections: list[Section]) -> None:
        shown = (sections, self.font().key())
        if shown == getattr(self, "_shown", None):
            return  # the same rows (most edits change no count): no new cells, no new layout
        before = getattr(self, "_rows", None) if shown[1] == getattr(self, "_shown", (None, None))[1] else None
        self._shown = shown
        rows: list[tuple[str, Row | None, bool]] = []
        for section in sections:
            if not section.rows:
                continue
            if section.heading:
                rows.append((section.heading, None, False))
            rows += [("", row, section.bold_values) for row in section.rows]
        self._rows = rows
        if before is not None and self._same_shape(before, rows):
            self._update_values(before, rows)  # a count changed: those cells say it, nothing is built again
            return
        self.clearSpans()
        self.setRowCount(len(rows))
        for r, (heading, row, bold) in enumerate(rows):
            if row is None:
                item = QTableWidgetItem(heading)
                font = QFont(self.font())
                font.setBold(True)
                item.setFont(font)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, heading)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                # room above a heading, as between paragraphs
                item.setData(Qt.ItemDataRole.SizeHintRole, QSize(0, QFontMetrics(font).height() + 12))
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
                self.setItem(r, 0, item)
                self.setItem(r, 1, QTableWidgetItem(""))
                self.setSpan(r, 0, 1, 2)
                continue
            spoken = row.spoken or f"{row.label}: {row.value}"
            name = QTableWidgetItem(row.label)
            value = QTableWidgetItem(str(row.value))
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold:
                font = QFont(self.font())
                font.setBold(True)
                value.setFont(font)
            for item in (name, value):
                item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
                item.setToolTip(spoken)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.setItem(r, 0 if item is name else 1, item)
        self.fit_height()

    @staticmethod
    def _same_shape(before: list[tuple[str, Row | None, bool]], rows: list[tuple[str, Row | None, bool]]) -> bool:
        """The same headings in the same places, the same rows bold: only labels and
        numbers may differ."""
        return len(before) == len(rows) and all(
            (a[0], a[1] is None, a[2]) == (b[0], b[1] is None, b[2]) for a, b in zip(before, rows))

    def _update_values(self, before: list[tuple[str, Row | None, bool]],
                       rows: list[tuple[str, Row | None, bool]]) -> None:
        """Say the new labels and numbers in the cells that show them. The model's signals
        are held meanwhile and given once for all the rows changed: each cell's own signal
        had the headers measure every row again (~0.25 ms a cell). The rows are measured
        again only when a label changed or a number's width did (a wrapped label may take
        another number of lines); otherwise every row keeps its height."""
        model = self._model
        changed: list[int] = []
        measure = False
        held = model.blockSignals(True)
        try:
            for r, ((_h, old, _b), (_heading, row, _bold)) in enumerate(zip(before, rows)):
                if row is None or row == old:
                    continue
                assert old is not None  # (the same shape: a row where a row was)
                changed.append(r)
                spoken = row.spoken or f"{row.label}: {row.value}"
                name, value = self.item(r, 0), self.item(r, 1)
                assert name is not None and value is not None  # (every cell of a row has its item)
                if row.label != old.label:
                    name.setText(row.label)
                    measure = True
                if row.value != old.value:
                    text, was = str(row.value), value.text()
                    value.setText(text)
                    metrics = QFontMetrics(value.font())
                    measure = measure or metrics.horizontalAdvance(text) != metrics.horizontalAdvance(was)
                if spoken != (old.spoken or f"{old.label}: {old.value}"):
                    for item in (name, value):
                        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
                        item.setToolTip(spoken)
        finally:
            model.blockSignals(held)
        if changed:
            # (the roles that change no cell's size when no width changed: the headers then
            # leave the rows alone; the cells are painted again either way)
            roles = [] if measure else [Qt.ItemDataRole.ToolTipRole]
            model.dataChanged.emit(model.index(changed[0], 0), model.index(changed[-1], 1), roles)
        if measure:
            self.fit_height()

    def spoken_rows(self) -> list[str]:
        """What a screen reader says, row by row (the accessible text of each row's first cell)."""
        cells = [self.item(r, 0) for r in range(self.rowCount())]
        return [cell.data(Qt.ItemDataRole.AccessibleTextRole) for cell in cells if cell is not None]

    def fit_height(self) -> None:
        fit_rows(self)  # whole words and every line at a larger text size (overview_fit.py)
        self.resizeRowsToContents()
        height = sum(self.rowHeight(r) for r in range(self.rowCount())) + 2 * self.frameWidth() + 2
        self.setFixedHeight(max(height, 4))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_height()  # wrapped names take another number of lines

    def _column_resized(self, index: int, old: int, new: int) -> None:
        if index == 0 and old != new:
            self.fit_height()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.rowCount():
            # The text size changed (Settings): every row fitted again to the new font, both
            # ways (a label set smaller at 200 % stayed so, with a gap, back at 100 %).
            self.fit_height()
