"""The figures over time, under the map: the panel Status ▸ Figures over Time opens.

It lives in a dock under the map so the chart gets the window's width instead of a corner of
the side panel. What changed in a comparison is not here but beside the map
(changes_list.py): under the map it took the map's height, and a comparison is shown to a
family across the table.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

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
        self.chart = FiguresChart()
        layout.addWidget(self.chart, 1)
        self.show_changes([], "")

    def retranslate(self) -> None:
        self.chart.setAccessibleName(QCoreApplication.translate("FiguresChart", "Figures over time"))
        self.title.setText(self.tr("What changed: select a status under Statuses and choose "
                                   "Compare with now."))

    def show_changes(self, lines: list[str], heading: str) -> None:
        """With a comparison on screen its changes stand beside the map: no hint how to get them."""
        self.heading = heading
        self.title.setVisible(not lines)
        self.retranslate()
