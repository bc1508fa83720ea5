"""The live overview: the counts a caseworker reads aloud, and the findings in sentences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from skymap.model.document import Change, MapDocument
from skymap.model.findings import Finding
from skymap.model.focus import network_title, shown_map
from skymap.model.live_measures import LiveMeasures
from skymap.model.metrics import Metrics, stale_measures
from skymap.model.vocabulary import label
from skymap.ui.counts_table import CountsTable, Row, Section
from skymap.ui.overview_fit import FindingsList, FittedLabel

REFRESH = QEvent.Type(QEvent.registerEventType())
"""The event an overview posts itself when a burst of changes made it stale (`note`)."""

MEASURING_SHOWN_FROM = 4000
"""People and ties from which the overview says it is measuring while a map opens (the first
measures take ~0.1 s there; on a smaller map the words would only flicker)."""


class WholeRows(QStyledItemDelegate):
    """Rows of a word-wrapping list no wider than what the list shows: a row is placed
    `spacing` in from the left, so wrapped to the full width its last line reached past the
    right edge (under the scroll bar)."""

    def sizeHint(self, option: QStyleOptionViewItem, index):
        view = self.parent()
        assert isinstance(view, QListView)  # (the findings list it was made for)
        room = view.viewport().width() - 2 * view.spacing()
        if option.rect.width() > room > 0:
            option = QStyleOptionViewItem(option)
            option.rect.setWidth(room)
        return super().sizeHint(option, index)


class OverviewPanel(QWidget):
    """Counts and findings; clicking a finding asks to highlight the people it is about.
    Empty until `refresh()` is first called (the window does so right after the map's first
    paint)."""

    highlight_requested = Signal(list)

    def __init__(self, doc: MapDocument, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.lang = lang
        self.setAccessibleName(self.tr("Overview"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        # While a child's own view is shown the figures are that view's, and this says whose
        # ("Emils netværk"); hidden for the whole map.
        self.member_id: str | None = None
        self.scope = QLabel()
        self.scope.setObjectName("sectionTitle")
        self.scope.setWordWrap(True)
        self.scope.hide()
        self.headline = FittedLabel()  # smaller rather than cut at a larger text size
        self.headline.setObjectName("headline")
        # A table a screen reader steps through row by row (one rich-text label was read as
        # one block, or not at all).
        self.counts = CountsTable()
        self.counts.setAccessibleName(self.tr("Counts"))
        self.findings_title = QLabel(self.tr("Findings"))
        self.findings_title.setObjectName("sectionTitle")
        self.findings = FindingsList()  # at least five lines high at any text size
        self.findings.setWordWrap(True)  # whole sentences: a row is as high as its text needs
        self.findings.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.findings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings.setItemDelegate(WholeRows(self.findings))
        # by the pixel: a row taller than a short list can still be scrolled through and read
        self.findings.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.findings.setSpacing(2)
        self.findings.setAccessibleName(self.tr("Findings"))
        self.findings.itemClicked.connect(self._clicked)
        layout.addWidget(self.scope)
        layout.addWidget(self.headline)
        layout.addWidget(self.findings_title)
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.counts)
        self._measured: Metrics | None = None
        # The measures and findings, kept from one edit to the next: only what an edit
        # changed is measured and worded again (one per view: the whole map, a child's).
        self._live = LiveMeasures()
        self._live_of: str | None = None  # (whose view `_live` measures; None: the whole map)
        self._worded: dict[int, tuple[Finding, str]] = {}  # id -> (finding, its words in `_worded_in`)
        self._worded_in = lang
        self._stale: set[str] = {"all"}
        # Not measured here: the window measures the map right after the map's first paint
        # (ui/after_paint.py). A big map says so meanwhile; a small one is measured before
        # anyone could read the words.
        m = doc.map
        if len(m.actors) + len(m.family) + len(m.links) >= MEASURING_SHOWN_FROM:
            self.headline.setText(self.tr("Measuring the map…"))

    @property
    def measured(self) -> bool:
        """Whether the panel shows the map's measures yet (see the class)."""
        return self._measured is not None

    def retranslate(self, lang: str) -> None:
        """Speak the language now installed (findings in `lang`)."""
        self.lang = lang
        self.setAccessibleName(self.tr("Overview"))
        self.findings_title.setText(self.tr("Findings"))
        self.findings.setAccessibleName(self.tr("Findings"))
        self.counts.setAccessibleName(self.tr("Counts"))
        self._stale = {"all"}  # (the findings' words)
        self.refresh()

    def note(self, changes: list[Change]) -> None:
        """A burst of changes was made to the map (not only moves: no measure reads where
        things stand): once measured, the overview refreshes itself before anything else
        posted is handled, so before the map is painted - its figures are painted with the
        map, in the same frame (a 0-ms timer came after the map's paint, a frame later) -
        once for all the changes made until then. Not measured yet, it only notes them: its
        first measure (right after the map's first paint, ui/after_paint.py) takes them in."""
        stale = stale_measures(changes)
        if stale and not self._stale and self._measured is not None:
            QCoreApplication.postEvent(self, QEvent(REFRESH), Qt.EventPriority.HighEventPriority.value)
        self._stale |= stale

    def event(self, event: QEvent) -> bool:
        if event.type() == REFRESH:
            self.refresh()
            return True
        return super().event(event)

    def show_member(self, member_id: str | None) -> None:
        """Count the own view of the family member `member_id` (focus_view.py), or the whole
        map again (None)."""
        self.member_id = member_id
        self._stale = {"all"}
        self.refresh()

    def _measures(self, shown) -> Metrics:
        """The measures of `shown` (the whole map or a child's view), brought up to date from
        what changed since they were last taken (model/live_measures.py)."""
        self._stale = set()
        if self._live_of != self.member_id:
            self._live, self._live_of = LiveMeasures(), self.member_id
        self._measured = self._live.measure(shown)
        return self._measured

    def refresh(self) -> None:
        if not self._stale and self._measured is not None:
            return  # nothing measured has changed since (the map moved about)
        shown = shown_map(self.doc.map, self.member_id)  # the whole map, or a child's view
        m = self._measures(shown)
        self._show_scope(shown)
        pros = len(m.professional_ids)
        self.headline.setText(self.tr("%n professional(s)", "", pros))
        rows = [
            (self.tr("Private network"), len(m.private_ids)),
            (self.tr("Coordination ties"), m.coordination_links),
            (self.tr("Contacts with the family"), m.contact_links),
        ]
        roles = {f.id: label(f.role, self.lang) for f in shown.family}
        members = []
        for mid, actors in m.per_member.items():
            who = f"{m.names[mid]} ({roles[mid]})"
            # the words the map says about the family member (describe.py), the same number
            spoken = f"{who}: " + self.tr("in contact with %n professional(s)", "", len(actors))
            members.append(Row(who, len(actors), spoken))
        self.counts.set_sections([
            Section(None, [Row(k, v) for k, v in rows], bold_values=True),
            Section(self.tr("Professionals per family member"), members, bold_values=True),
            Section(self.tr("Per cloud"), [Row(m.domain_labels[d], c) for d, c in m.per_domain.items()]),
        ])
        found = self._live.findings(shown, m)
        # (a finding kept from the last time - most are: model/live_measures.py - is not worded again)
        worded = self._worded if self._worded_in == self.lang else {}
        said = {id(f): (f, w[1] if (w := worded.get(id(f))) is not None and w[0] is f else f.text(self.lang))
                for f in found}
        self._worded, self._worded_in = said, self.lang
        listed = ([(f.severity, said[id(f)][1], list(f.ids)) for f in found],
                  self.tr("Click to show these people on the map"))
        if listed == getattr(self, "_listed", None):
            return  # the same findings: the list (and where the user scrolled it) stays
        self._listed = listed
        self.findings.clear()
        click_hint = self.tr("Click to show these people on the map")
        for f in found:
            text = said[id(f)][1]
            item = QListWidgetItem(("⚠ " if f.severity == "warning" else "• ") + text)
            item.setData(Qt.ItemDataRole.UserRole, list(f.ids))
            # the whole sentence also where a row is too narrow to read it, and for a screen reader
            item.setToolTip(text + (f"\n\n{click_hint}" if f.ids else ""))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            if f.ids:
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, click_hint)
            self.findings.addItem(item)
        if not found:
            hint = QListWidgetItem(self.tr("Add the family and the people around it; what the map shows appears here."))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.findings.addItem(hint)
        # laid out now, not by the list's own 0-ms timer: painted with the map, in the same frame
        self.findings.doItemsLayout()

    def _show_scope(self, shown) -> None:
        """ "Emils netværk" above the figures while they count a child's view."""
        member = shown.family[0] if shown is not self.doc.map and shown.family else None
        self.scope.setVisible(member is not None)
        self.scope.setText(network_title(member.name, self.lang) if member is not None else "")
        name = self.tr("Overview") + (f": {self.scope.text()}" if member is not None else "")
        if name != self.accessibleName():  # (each time said anew to a screen reader)
            self.setAccessibleName(name)

    def _clicked(self, item: QListWidgetItem) -> None:
        self.highlight_requested.emit(item.data(Qt.ItemDataRole.UserRole) or [])

