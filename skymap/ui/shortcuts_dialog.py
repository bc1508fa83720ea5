"""Help ▸ Keyboard shortcuts: every shortcut of the window, read from its menus (so the list
cannot go stale), and the keys and gestures of the canvas that have no menu entry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)


def canvas_keys() -> list[tuple[str, str]]:
    """(keys, what they do) on the map, for what no menu entry covers."""
    return [
        (QCoreApplication.translate("Shortcuts", "Tab / Shift+Tab"),
         QCoreApplication.translate("Shortcuts", "Next / previous cloud or person")),
        (QCoreApplication.translate("Shortcuts", "Arrow keys"),
         QCoreApplication.translate("Shortcuts", "The nearest person in that direction")),
        (QCoreApplication.translate("Shortcuts", "Shift+arrow keys"),
         QCoreApplication.translate("Shortcuts", "Add the nearest person in that direction to the selection")),
        (QCoreApplication.translate("Shortcuts", "Ctrl+Tab / Ctrl+Shift+Tab"),
         QCoreApplication.translate("Shortcuts", "Leave the map for the next / previous panel")),
        (QCoreApplication.translate("Shortcuts", "Menu key or Shift+F10"),
         QCoreApplication.translate("Shortcuts", "Menu of what is selected")),
        (QCoreApplication.translate("Shortcuts", "Ctrl+click"),
         QCoreApplication.translate("Shortcuts", "Add to the selection (or take out)")),
        (QCoreApplication.translate("Shortcuts", "Shift+drag from a person"),
         QCoreApplication.translate("Shortcuts", "Draw a tie to another person")),
        (QCoreApplication.translate("Shortcuts", "Double-click a cloud"),
         QCoreApplication.translate("Shortcuts", "Add a professional there")),
        (QCoreApplication.translate("Shortcuts", "Double-click a person or note"),
         QCoreApplication.translate("Shortcuts", "Edit it in place")),
        (QCoreApplication.translate("Shortcuts", "Enter"),
         QCoreApplication.translate("Shortcuts", "Finish editing in place (Ctrl+Enter in a note)")),
        (QCoreApplication.translate("Shortcuts", "Esc"),
         QCoreApplication.translate(
             "Shortcuts", "Cancel editing in place (a person just added is taken away again), or a tie being drawn")),
        (QCoreApplication.translate("Shortcuts", "Alt+1 … Alt+9"),
         QCoreApplication.translate("Shortcuts", "In a person's form: meets family member 1 … 9 (on or off)")),
        (QCoreApplication.translate("Shortcuts", "Alt+0"),
         QCoreApplication.translate("Shortcuts", "In a person's form: meets the whole family (on or off)")),
        (QCoreApplication.translate("Shortcuts", "Right-click"),
         QCoreApplication.translate("Shortcuts", "Menu of what is under the pointer")),
        (QCoreApplication.translate("Shortcuts", "Press and hold"),
         QCoreApplication.translate("Shortcuts", "The same menu, with a finger, a pen or the mouse")),
        (QCoreApplication.translate("Shortcuts", "One finger"),
         QCoreApplication.translate("Shortcuts", "Tap to select; drag a person, cloud or note; on the empty map, pan")),
        (QCoreApplication.translate("Shortcuts", "Wheel"),
         QCoreApplication.translate("Shortcuts", "Zoom around the pointer (with Shift: scroll)")),
        (QCoreApplication.translate("Shortcuts", "Middle button drag"),
         QCoreApplication.translate("Shortcuts", "Move the map")),
        (QCoreApplication.translate("Shortcuts", "Two fingers"),
         QCoreApplication.translate("Shortcuts", "Pinch to zoom, move together to pan")),
    ]


def plain(text: str) -> str:
    """A menu text without its mnemonic (&) and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".").strip()


def label_of(action: QAction) -> str:
    """The action's name; Undo and Redo without the step they would undo now."""
    return action.property("shortcutsLabel") or plain(action.text())


def keys_of(action: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty())


def menu_shortcuts(window) -> list[tuple[str, list[tuple[str, str]]]]:
    """[(menu title, [(action, keys)])] for every menu of the window's menu bar, then any
    action of the window that has a shortcut but sits in no menu."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    seen: set[int] = set()

    def walk(menu, prefix: str, rows: list) -> None:
        for act in menu.actions():
            if act.isSeparator():
                continue
            if act.menu() is not None:
                walk(act.menu(), f"{prefix}{plain(act.text())} ▸ ", rows)
                continue
            seen.add(id(act))
            keys = keys_of(act)
            if keys:
                rows.append((prefix + label_of(act), keys))

    for top in window.menuBar().actions():
        if top.menu() is None:
            continue
        rows: list[tuple[str, str]] = []
        walk(top.menu(), "", rows)
        if rows:
            groups.append((plain(top.text()), rows))
    others = [(label_of(a), keys_of(a)) for a in window.actions() if id(a) not in seen and keys_of(a)]
    if others:
        groups.append((QCoreApplication.translate("Shortcuts", "Other"), others))
    return groups


class ShortcutsDialog(QDialog):
    """A two-column list, grouped by menu, in the language now installed."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 10)
        intro = QLabel(self.tr("Every action of the menus with its keys, then the keys and gestures of the map."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsTable")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")  # rows tired eyes can follow
        groups = menu_shortcuts(window)
        groups.append((self.tr("On the map"), [(what, keys) for keys, what in canvas_keys()]))
        for title, rows in groups:
            group = QTreeWidgetItem([title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(False)
            self.tree.addTopLevelItem(group)
            for action, keys in rows:
                QTreeWidgetItem(group, [action, keys])
            group.setExpanded(True)
            group.setFirstColumnSpanned(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        self.tree.resizeColumnToContents(0)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, self.tree.columnWidth(0) + 24)
        self.tree.setCurrentItem(None)  # type: ignore[call-overload]  # Qt takes None (no current row); its stub does not
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        width = self.tree.columnWidth(0) + self.tree.fontMetrics().horizontalAdvance("M") * 24 + 60
        self.resize(max(560, width), 640)

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, action, keys) of every row, as shown (for tests and screen readers)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            assert group is not None  # (i is in range)
            for j in range(group.childCount()):
                child = group.child(j)
                assert child is not None  # (j is in range)
                out.append((group.text(0), child.text(0), child.text(1)))
        return out
