"""The live overview: the counts a caseworker reads aloud, and the findings in sentences."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from skymap.model.document import MapDocument
from skymap.model.findings import findings
from skymap.model.metrics import compute


class OverviewPanel(QWidget):
    """Counts and findings; clicking a finding asks to highlight the people it is about."""

    highlight_requested = Signal(list)

    def __init__(self, doc: MapDocument, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.lang = lang
        self.setAccessibleName(self.tr("Overview"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.RichText)
        self.findings_title = QLabel(self.tr("Findings"))
        self.findings_title.setObjectName("sectionTitle")
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setAccessibleName(self.tr("Findings"))
        self.findings.itemClicked.connect(self._clicked)
        layout.addWidget(self.headline)
        layout.addWidget(self.counts)
        layout.addWidget(self.findings_title)
        layout.addWidget(self.findings, 1)
        self.refresh()

    def refresh(self) -> None:
        m = compute(self.doc.map, with_betweenness=False)
        pros = len(m.professional_ids)
        self.headline.setText(self.tr("%n professional(s)", "", pros))
        rows = [
            (self.tr("Private network"), len(m.private_ids)),
            (self.tr("Coordination ties"), m.coordination_links),
            (self.tr("Contacts with the family"), m.contact_links),
        ]
        names = m.names
        rows += [(names[mid], len(actors)) for mid, actors in m.per_member.items()]
        cells = "".join(f"<tr><td>{_esc(k)}</td><td align='right'><b>{v}</b></td></tr>" for k, v in rows)
        domains = "".join(
            f"<tr><td>{_esc(m.domain_labels[d])}</td><td align='right'>{c}</td></tr>" for d, c in m.per_domain.items()
        )
        per_cloud = self.tr("Per cloud")
        self.counts.setText(
            f"<table width='100%' cellspacing='2'>{cells}</table>"
            f"<p style='margin-top:8px'><b>{_esc(per_cloud)}</b></p>"
            f"<table width='100%' cellspacing='1'>{domains}</table>"
        )
        self.findings.clear()
        for f in findings(self.doc.map, m):
            item = QListWidgetItem(("⚠ " if f.severity == "warning" else "• ") + f.text(self.lang))
            item.setData(Qt.UserRole, list(f.ids))
            self.findings.addItem(item)

    def _clicked(self, item: QListWidgetItem) -> None:
        self.highlight_requested.emit(item.data(Qt.UserRole) or [])


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
