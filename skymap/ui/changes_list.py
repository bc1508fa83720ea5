"""What changed, beside the map while a comparison is on screen.

At a status meeting the caseworker shows the family the map across the table: the map keeps
all the room it has at now (names as large as in the normal view) and the list of changes
stands in the right-hand column, as a tab in front of the overview, where the sentences have
a full column's height to wrap in. Under the map (its old place) it took a third of the
window's height, and on a 1366x768 laptop the names shrank from 13 to 8 pixels. The figures
over time keep their own panel under the map, opened by a button under the list (or Status ▸
Figures over Time) when they are wanted.

A change is findable on the map: choosing a sentence selects the people and clouds it names
there (those who left are lit up as ghosts). Status ▸ Compare with the Last Status opens the
comparison a status meeting starts with in one step.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

LIST_SHARE = 0.5
"""The least share of the right column's height the list of changes gets when it is shown (the
statuses' tab under it keeps its half: all its buttons in sight, issue 21)."""
SLACK = 12
"""Pixels the list's dock may fall short of its share and be left as it is (tab bars)."""
LIT_GHOST_OPACITY = 0.75
"""How clearly the ghost of one who left shows while its change is chosen in the list."""


class ChangesList(QWidget):
    """The comparison's heading, its sentences, and the way to the figures over time."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # wrapped, never sideways
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        layout.addWidget(self.list, 1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.figures_button = QPushButton()
        self.figures_button.setMinimumHeight(36)
        layout.addWidget(self.figures_button)
        self.show_changes([], "")

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("What changed"))
        self.hint.setText(self.tr("Choose a change to see it on the map."))
        self.figures_button.setText(self.tr("Figures over time"))

    def show_changes(self, lines: list[str], heading: str) -> None:
        self.list.clear()
        for text in lines:
            self.list.addItem(QListWidgetItem("• " + text))
        self.title.setText(heading)
        self.retranslate()


def install(window) -> None:
    """The dock of what changed: a tab in front of the overview while a comparison is shown,
    hidden otherwise (it closes with Back to now, so it has no close button)."""
    panel = window.statuses_panel.changes_list
    window.what_changed_dock = window.add_dock(
        QCoreApplication.translate("MainWindow", "What changed"), "whatChangedDock", panel,
        Qt.DockWidgetArea.RightDockWidgetArea)
    window.what_changed_dock.hide()
    # (tabified when first shown: a hidden dock tabified now widened the palette's column)
    window.what_changed_dock.setProperty("placed", False)
    panel.list.itemSelectionChanged.connect(lambda: find_on_map(window))


def show(window) -> None:
    """The list in front, beside the map (which keeps its room: no dock under it)."""
    dock: QDockWidget = window.what_changed_dock
    if window.family_view:  # (the family view hides the panels; it shows the list when it ends)
        window.docks_before_family_view[dock] = True
        return
    if not dock.property("placed"):  # (where the user moves it later, it stays)
        window.tabifyDockWidget(window.overview_dock, dock)
        dock.setProperty("placed", True)
    dock.show()
    dock.raise_()
    _make_room(window)


def _make_room(window) -> None:
    """At least LIST_SHARE of the right column's height for the list when the tab under it
    had taken most of it (the joint plan's does, plan_room.py): the sentences were cut to
    two lines."""
    dock = window.what_changed_dock
    if dock.isFloating() or window.dockWidgetArea(dock) != Qt.DockWidgetArea.RightDockWidgetArea:
        return
    below = [d for d in (window.inspector_dock, window.statuses_dock, window.plan_dock)
             if d.isVisible() and not d.isFloating() and window.rect().intersects(d.geometry())
             and d.geometry().top() > dock.geometry().top()]
    if not below:
        return
    total = dock.height() + below[0].height()
    wanted = round(total * LIST_SHARE)
    if dock.height() < wanted - SLACK:
        window.resizeDocks([dock, below[0]], [wanted, total - wanted], Qt.Orientation.Vertical)


def hide(window) -> None:
    window.what_changed_dock.hide()
    window.docks_before_family_view.pop(window.what_changed_dock, None)


def retitle(window) -> None:
    window.what_changed_dock.setWindowTitle(QCoreApplication.translate("MainWindow", "What changed"))


def named_in(text: str, names: dict[str, list[str]]) -> list[str]:
    """The ids of the names (`names`: name → ids) that stand whole in `text`, the longest
    first, so that "Anna" is not also found inside "Anna Berg"."""
    found: list[str] = []
    taken: list[tuple[int, int]] = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            taken.append((m.start(), m.end()))
            found += [i for i in names[name] if i not in found]
    return found


def find_on_map(window) -> None:
    """Select on the comparison's map the people and clouds the chosen sentence names; light
    up the ghosts of those who left."""
    from skymap.ui.compare import GHOST_OPACITY, is_ghost  # noqa: PLC0415

    shown = window.status_view
    chosen = window.statuses_panel.changes_list.list.selectedItems()
    if shown is None:
        return
    scene = shown.scene
    names: dict[str, list[str]] = {}
    for obj in (*shown.doc.map.family, *shown.doc.map.actors, *shown.doc.map.domains):
        label = str(getattr(obj, "name", None) or getattr(obj, "label", ""))
        if label.strip():
            names.setdefault(label.strip(), []).append(obj.id)
    ghosts = {item.obj_id: item for item in scene.items() if is_ghost(item)}
    for obj_id, item in ghosts.items():
        names.setdefault(item.actor.name.strip(), []).append(obj_id)
    ids = named_in(chosen[0].text(), names) if chosen else []
    scene.clearSelection()
    found = []
    for obj_id in ids:
        item = scene.items_by_id.get(obj_id)
        if item is not None and item.flags() & item.GraphicsItemFlag.ItemIsSelectable:
            item.setSelected(True)
            found.append(item)
    for obj_id, item in ghosts.items():
        lit = obj_id in ids
        item.set_highlighted(lit)
        item.setOpacity(LIT_GHOST_OPACITY if lit else GHOST_OPACITY)  # (faint, it was hard to find)
        if lit:
            found.append(item)
    if found:  # (zoomed in: brought into view; the fitted map stays as it is)
        shown.view.reveal(found[0])


def compare_with_last(window) -> None:
    """Status ▸ Compare with the Last Status: the latest status compared with now."""
    snaps = sorted(window.doc.map.snapshots, key=lambda s: (s.date, s.taken))
    if not snaps:
        window.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "No status is saved yet: Status > Save Status… keeps the map as it is at a meeting."), 10000)
        return
    window.compare_statuses(snaps[-1].id, None)


def add_actions(window, status_menu) -> None:
    """The Status menu's entry (made again with the menus in another language)."""
    act = QAction(QCoreApplication.translate("MainWindow", "&Compare with the Last Status"), window)
    act.setObjectName("compareWithLast")
    act.triggered.connect(lambda: compare_with_last(window))
    status_menu.addAction(act)
    window.addAction(act)
    window.act_compare_last = act
