"""The live overview: the counts a caseworker reads aloud, and the findings in sentences."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from skymap.model.document import MapDocument
from skymap.model.findings import findings
from skymap.model.metrics import compute
from skymap.model.vocabulary import label


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
        self.findings.setMinimumHeight(160)
        self.findings.setSpacing(2)
        self.findings.setAccessibleName(self.tr("Findings"))
        self.findings.itemClicked.connect(self._clicked)
        layout.addWidget(self.headline)
        layout.addWidget(self.findings_title)
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.counts)
        self.refresh()

    def retranslate(self, lang: str) -> None:
        """Speak the language now installed (findings in `lang`)."""
        self.lang = lang
        self.setAccessibleName(self.tr("Overview"))
        self.findings_title.setText(self.tr("Findings"))
        self.findings.setAccessibleName(self.tr("Findings"))
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
        roles = {f.id: label(f.role, self.lang) for f in self.doc.map.family}
        members = [(f"{m.names[mid]} ({roles[mid]})", len(actors)) for mid, actors in m.per_member.items()]
        domains = [(m.domain_labels[d], c) for d, c in m.per_domain.items()]
        html = _table(rows, bold=True)
        if members:
            html += _heading(self.tr("Professionals per family member")) + _table(members, bold=True)
        per_cloud = self.tr("Per cloud")
        if domains:
            html += _heading(per_cloud) + _table(domains)
        self.counts.setText(html)
        self.findings.clear()
        found = findings(self.doc.map, m)
        for f in found:
            item = QListWidgetItem(("⚠ " if f.severity == "warning" else "• ") + f.text(self.lang))
            item.setData(Qt.UserRole, list(f.ids))
            if f.ids:
                item.setToolTip(self.tr("Click to show these people on the map"))
            self.findings.addItem(item)
        if not found:
            hint = QListWidgetItem(self.tr("Add the family and the people around it; what the map shows appears here."))
            hint.setFlags(Qt.NoItemFlags)
            self.findings.addItem(hint)

    def _clicked(self, item: QListWidgetItem) -> None:
        self.highlight_requested.emit(item.data(Qt.UserRole) or [])


def _heading(text: str) -> str:
    return f"<p style='margin-top:10px; margin-bottom:2px'><b>{_esc(text)}</b></p>"


def _table(rows: list[tuple[str, int]], bold: bool = False) -> str:
    cells = "".join(
        f"<tr><td>{_esc(k)}</td><td align='right'>{'<b>' if bold else ''}{v}{'</b>' if bold else ''}</td></tr>"
        for k, v in rows
    )
    return f"<table width='100%' cellspacing='1'>{cells}</table>"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
