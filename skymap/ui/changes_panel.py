"""What changed since a status, beside the figures over time: the comparison's own panel.

It lives in a dock under the map (the window shows it while a comparison is on screen), so
the list and the chart get the window's width instead of a corner of the side panel. The
list and the chart share it through a splitter the user can drag.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from skymap.ui.figures_chart import FiguresChart


class ChangesPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setMinimumWidth(260)
        self.list.setSpacing(2)
        self.chart = FiguresChart()
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        layout.addWidget(self.splitter, 1)
        self.show_changes([], "")

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("What changed"))
        self.chart.setAccessibleName(QCoreApplication.translate("FiguresChart", "Figures over time"))
        if not self.heading:  # (a comparison's heading is written again by the window)
            self.title.setText(self.tr("What changed: select a status under Statuses and choose "
                                       "Compare with now."))

    def show_changes(self, lines: list[str], heading: str) -> None:
        """The comparison's sentences under its heading; with none, how to get them."""
        self.heading = heading
        self.list.clear()
        for text in lines:
            self.list.addItem(QListWidgetItem("• " + text))
        self.title.setText(heading)
        # Nothing compared: no empty white box beside the chart (the title says what to do).
        self.list.setVisible(bool(lines))
        self.retranslate()
