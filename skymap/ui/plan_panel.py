"""The joint plan beside the map: the family's goals and the agreements of the meeting.

Goals are a short ordered list edited in place (add, reword by double-click or F2, move up
and down, remove), folded away with one click when the agreements need the room; agreements
are listed in two short lines each (ui/plan_list.py: what; who and when) and are added or
changed in a small dialog (what, who - a person on the map or the family -, by when, status,
note), or marked done with one button. Every change is one undo step (ui/commands.py).
While a status is shown the panel shows that status's plan and nothing can be changed
(ui/edit_gate.py).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from skymap.model.cpr import find_cpr, remove_cpr
from skymap.model.objects import FAMILY_ID, Agreement
from skymap.model.plan import owner_name, status_label
from skymap.model.vocabulary import AgreementStatus
from skymap.ui import modal
from skymap.ui.commands import GoalsCommand
from skymap.ui.date_field import DateField, example_date
from skymap.ui.plan_list import AgreementList

if TYPE_CHECKING:
    from skymap.ui.document_view import DocumentView


class GoalEntry(QLineEdit):
    """The new-goal line. Empty, it has nothing of its own to undo: Ctrl+Z and Ctrl+Y (and
    Ctrl+Shift+Z) go on to the window's Undo and Redo, so the goal just added with Enter is
    taken back with the key the user expects. With text typed they undo the typing, as usual."""

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._undo_key(event):
            event.ignore()  # (not claimed: the window's shortcut takes the key)
            return True
        return super().event(event)

    def _undo_key(self, event) -> bool:
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier)
        if not (undo or redo):
            return False
        return not self.text() or not (self.isUndoAvailable() if undo else self.isRedoAvailable())


def owner_choices(m, current: str | None, lang: str) -> list[tuple[str, str | None]]:
    """(label, owner id) for the owner box: no one yet, the family, each family member, then
    each active person around the family (and the current owner, even if no longer active)."""
    out: list[tuple[str, str | None]] = [(owner_name(m, None, lang), None), (owner_name(m, FAMILY_ID, lang), FAMILY_ID)]
    out += [(p.name or "?", p.id) for p in m.family]
    out += [(f"{a.name or '?'}" + (f" ({a.role})" if a.role else ""), a.id) for a in m.actors
            if a.active or a.id == current]
    return out


class AgreementDialog(QDialog):
    """What will be done, by whom, by when, its status and a note: a new agreement (with an
    owner chosen beforehand, from a person's context menu) or one being changed."""

    def __init__(self, m, lang: str, agreement: Agreement | None = None, owner: str | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.setWindowTitle(self.tr("Agreement") if agreement else self.tr("New agreement"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.text = QLineEdit(agreement.text if agreement else "")
        self.text.setObjectName("agreementText")
        self.text.setPlaceholderText(self.tr("What will be done?"))
        self.text.setMinimumWidth(360)
        form.addRow(self.tr("What"), self.text)
        self.owner = QComboBox()
        self.owner.setObjectName("agreementOwner")
        current = agreement.owner if agreement else owner
        for text, owner_id in owner_choices(m, current, lang):
            self.owner.addItem(text, owner_id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(current)))
        form.addRow(self.tr("Who"), self.owner)
        due_row = QHBoxLayout()
        self.has_due = QCheckBox(self.tr("By"))
        self.has_due.setObjectName("agreementHasDue")
        self.due = DateField(agreement.due if agreement and agreement.due else None)
        self.due.setObjectName("agreementDue")
        self.has_due.setChecked(bool(agreement and agreement.due))
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        self.has_due.toggled.connect(self._check)
        self.due.validity_changed.connect(self._check)
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        form.addRow(self.tr("When"), due_row)
        self.status = QComboBox()
        self.status.setObjectName("agreementStatus")
        for status in AgreementStatus:
            self.status.addItem(status_label(Agreement(id="x", text="", status=status), None, lang), status)
        self.status.setCurrentIndex(self.status.findData(agreement.status if agreement else AgreementStatus.OPEN))
        form.addRow(self.tr("Status"), self.status)
        self.note = QPlainTextEdit(agreement.note if agreement else "")
        self.note.setObjectName("agreementNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        self.problem = QLabel("")
        self.problem.setObjectName("agreementProblem")
        self.problem.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self._check)
        self._check()

    def _check(self, *_args) -> None:
        problem = ""
        if not self.text.text().strip():
            problem = self.tr("Write what will be done.")
        elif self.has_due.isChecked() and not self.due.valid():
            problem = self.tr("The date is not a date like %1.").replace("%1", example_date())
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def values(self) -> dict:
        d = self.due.date()
        return {
            "text": " ".join(self.text.text().split()),
            "owner": self.owner.currentData(),
            "due": date(d.year(), d.month(), d.day()) if self.has_due.isChecked() else None,
            "status": self.status.currentData(),
            "note": self.note.toPlainText().strip(),
        }


class PlanPanel(QWidget):
    """The joint plan of the map on screen (see the module's docstring)."""

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("planPanel")
        self.lang = lang
        self.shown: DocumentView | None = None  # the DocumentView whose plan is listed
        self.dock: QDockWidget | None = None  # the window's dock holding the panel (install)
        self.read_only = False
        self.on: date | None = None  # the day the agreements are judged on (None: today)
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        # The goals fold away under their heading ("The family's goals (4)"): the agreements
        # below need the height while the plan is being worked on.
        self.goals_toggle = QToolButton()
        self.goals_toggle.setObjectName("goalsToggle")
        self.goals_toggle.setCheckable(True)
        self.goals_toggle.setChecked(True)
        self.goals_toggle.setAutoRaise(True)
        self.goals_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.goals_toggle.setStyleSheet("QToolButton#goalsToggle { font-weight: bold; border: none; }")
        self.goals_toggle.toggled.connect(self._fold_goals)
        layout.addWidget(self.goals_toggle)
        self.goals_box = QWidget()
        self.goals_box.setObjectName("goalsBox")
        goals = QVBoxLayout(self.goals_box)
        goals.setContentsMargins(0, 0, 0, 0)
        self.goals = QListWidget()
        self.goals.setObjectName("goalsList")
        self.goals.setWordWrap(True)
        self.goals.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.goals.itemChanged.connect(self._goal_edited)
        self.goals.currentRowChanged.connect(lambda _row: self._sync_buttons())
        self.goals.setMaximumHeight(self.goals.fontMetrics().lineSpacing() * 4 + 12)  # the agreements need room
        goals.addWidget(self.goals)
        entry = QHBoxLayout()
        self.goal_entry = GoalEntry()
        self.goal_entry.setObjectName("newGoal")
        self.goal_entry.returnPressed.connect(self.add_goal)
        self.add_goal_button = QPushButton()
        self.add_goal_button.setObjectName("addGoal")
        self.add_goal_button.clicked.connect(self.add_goal)
        entry.addWidget(self.goal_entry, 1)
        entry.addWidget(self.add_goal_button)
        goals.addLayout(entry)
        row = QHBoxLayout()
        self.goal_up, self.goal_down, self.goal_remove = QPushButton(), QPushButton(), QPushButton()
        for button, name, slot in ((self.goal_up, "goalUp", lambda: self.move_goal(-1)),
                                   (self.goal_down, "goalDown", lambda: self.move_goal(1)),
                                   (self.goal_remove, "removeGoal", self.remove_goal)):
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        goals.addLayout(row)
        layout.addWidget(self.goals_box)

        self.agreements_box = QGroupBox()
        agreements = QVBoxLayout(self.agreements_box)
        agreements.setContentsMargins(4, 4, 4, 4)
        self.agreements = AgreementList()
        self.agreements.itemActivated.connect(lambda item: self.edit_agreement(self.agreements.agreement_id(item)))
        self.agreements.currentItemChanged.connect(lambda *_items: self._sync_buttons())
        agreements.addWidget(self.agreements, 1)
        row = QHBoxLayout()
        self.new_button, self.edit_button = QPushButton(), QPushButton()
        self.done_button, self.remove_button = QPushButton(), QPushButton()
        for button, name, slot in ((self.new_button, "newAgreement", lambda: self.new_agreement()),
                                   (self.edit_button, "editAgreement", lambda: self.edit_agreement()),
                                   (self.done_button, "agreementDone", self.mark_done),
                                   (self.remove_button, "removeAgreement", self.remove_agreement)):
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        agreements.addLayout(row)
        layout.addWidget(self.agreements_box, 1)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.goals.setAccessibleName(self.tr("The family's goals"))
        self.setAccessibleName(self.tr("Joint plan"))
        self.goal_entry.setPlaceholderText(self.tr("A goal in the family's own words"))
        self.goal_entry.setAccessibleName(self.tr("New goal"))
        self.add_goal_button.setText(self.tr("Add goal"))
        self.goal_up.setText(self.tr("Up"))
        self.goal_up.setToolTip(self.tr("Move the goal up"))
        self.goal_down.setText(self.tr("Down"))
        self.goal_down.setToolTip(self.tr("Move the goal down"))
        self.goal_remove.setText(self.tr("Remove goal"))
        self.agreements.setAccessibleName(self.tr("Agreements"))
        self.new_button.setText(self.tr("New…"))
        self.new_button.setToolTip(self.tr("New agreement"))
        self.edit_button.setText(self.tr("Change…"))
        self.done_button.setText(self.tr("Done"))
        self.done_button.setToolTip(self.tr("Mark the agreement done"))
        self.remove_button.setText(self.tr("Remove"))
        for button in (self.goal_up, self.goal_down, self.goal_remove, self.new_button, self.edit_button,
                       self.done_button, self.remove_button):  # (four in a row fit the narrow column)
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 20)
        if self.dock is not None:
            self.dock.setWindowTitle(self.tr("Joint plan"))
        self.refresh()

    def _fold_goals(self, shown: bool) -> None:
        self.goals_box.setVisible(shown)
        self.goals_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.goals_toggle.setToolTip(self.tr("Hide the goals") if shown else self.tr("Show the goals"))

    def _titles(self, m) -> None:
        """The headings with their counts: "The family's goals (4)", "Agreements (9 open / 13)"."""
        goals = len(m.goals) if m else 0
        self.goals_toggle.setText(self.tr("The family's goals") + (f" ({goals})" if goals else ""))
        self._fold_goals(self.goals_toggle.isChecked())
        agreements = list(m.agreements) if m else []
        title = self.tr("Agreements")
        if agreements:
            still = sum(1 for ag in agreements if ag.status is AgreementStatus.OPEN)
            title += " (" + self.tr("%n open", "", still) + f" / {len(agreements)})"
        self.agreements_box.setTitle(title)

    # ----- following the map on screen ---------------------------------------------------
    def follow(self, shown, read_only: bool, on: date | None = None) -> None:
        """List the plan of `shown` (a DocumentView); `read_only`: nothing can be changed;
        `on`: the day its agreements are judged overdue on (a status's date; None: today)."""
        self.on = on
        if shown is not self.shown:
            if self.shown is not None:
                try:
                    self.shown.signals.changed.disconnect(self._on_change)
                except (RuntimeError, TypeError):  # (the view shown before is gone)
                    pass
            self.shown = shown
            if shown is not None:
                shown.signals.changed.connect(self._on_change)
        self.read_only = read_only
        self.refresh()

    def _on_change(self, change) -> None:
        if change.collection in ("goals", "agreements", "family", "actors"):
            self._refresh.start()

    def refresh(self) -> None:
        m = self.shown.doc.map if self.shown is not None else None
        goal_row, agreement_id = self.goals.currentRow(), self._current_id()
        self.goals.blockSignals(True)
        self.goals.clear()
        for goal in (m.goals if m else []):
            item = QListWidgetItem(goal)
            item.setFlags(
                item.flags() | (Qt.ItemFlag.ItemIsEditable if not self.read_only else Qt.ItemFlag.NoItemFlags)
            )
            self.goals.addItem(item)
        self.goals.setCurrentRow(min(goal_row, self.goals.count() - 1))
        self.goals.blockSignals(False)
        self.agreements.blockSignals(True)
        self.agreements.fill(m, self.lang, self.on or date.today(), agreement_id)
        self.agreements.blockSignals(False)
        self._titles(m)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        on = not self.read_only and self.shown is not None
        goal, agreement = self.goals.currentRow(), self.agreements.currentRow()
        self.goal_entry.setEnabled(on)
        self.add_goal_button.setEnabled(on)
        self.goal_up.setEnabled(on and goal > 0)
        self.goal_down.setEnabled(on and 0 <= goal < self.goals.count() - 1)
        self.goal_remove.setEnabled(on and goal >= 0)
        self.new_button.setEnabled(on)
        self.edit_button.setEnabled(on and agreement >= 0)
        current = self._current()
        self.done_button.setEnabled(on and current is not None and current.status is not AgreementStatus.DONE)
        self.remove_button.setEnabled(on and agreement >= 0)

    def _current_id(self) -> str | None:
        return self.agreements.agreement_id(self.agreements.currentItem())

    def _current(self) -> Agreement | None:
        agreement_id = self._current_id()
        if agreement_id is None or self.shown is None:
            return None
        return self.shown.doc.get("agreements", agreement_id)

    # ----- goals ---------------------------------------------------------------------------
    def _push_goals(self, text: str, operation: str, *args) -> None:
        shown = self.shown
        if shown is None or self.read_only or shown.editor.read_only:
            return
        shown.editor.stack.push(GoalsCommand(shown.doc, text, operation, *args))

    def add_goal(self) -> None:
        text = " ".join(self._screened(self.goal_entry.text()).split())
        if not text or self.read_only:
            return
        self._push_goals(self.tr("Add goal"), "add_goal", text[:200])
        self.goal_entry.clear()
        self.goals.setCurrentRow(self.goals.count() - 1)

    def _goal_edited(self, item: QListWidgetItem) -> None:
        row = self.goals.row(item)
        text = " ".join(self._screened(item.text()).split())[:200]
        if not text:  # an emptied goal is not removed by accident: it keeps its words
            self._refresh.start()
            return
        self._push_goals(self.tr("Edit goal"), "edit_goal", row, text)

    def move_goal(self, step: int) -> None:
        row = self.goals.currentRow()
        if 0 <= row + step < self.goals.count() and row >= 0:
            self._push_goals(self.tr("Move goal"), "move_goal", row, row + step)
            self.goals.setCurrentRow(row + step)

    def remove_goal(self) -> None:
        row = self.goals.currentRow()
        if row >= 0:
            self._push_goals(self.tr("Remove goal"), "remove_goal", row)

    # ----- agreements ----------------------------------------------------------------------
    def new_agreement(self, owner: str | None = None) -> None:
        """Ask for a new agreement (for `owner`, chosen already from a person's menu)."""
        if self.read_only or self.shown is None:
            return
        dialog = AgreementDialog(self.shown.doc.map, self.lang, owner=owner, parent=self.window())
        accepted, values = modal.exec_dialog(dialog), dialog.values()
        dialog.deleteLater()  # (not kept by the window, one per agreement)
        if not accepted:
            return
        values = self._screen(values)
        doc = self.shown.doc
        agreement = Agreement(id=doc.new_id("agreements"), **values)
        self.shown.editor.add_objects(self.tr("New agreement"), [("agreements", agreement)])
        self.refresh()
        for row in range(self.agreements.count()):
            if self.agreements.agreement_id(self.agreements.item(row)) == agreement.id:
                self.agreements.setCurrentRow(row)
                self.agreements.scrollToItem(self.agreements.item(row))

    def edit_agreement(self, agreement_id: str | None = None) -> None:
        agreement_id = agreement_id or self._current_id()
        if self.read_only or self.shown is None or agreement_id is None:
            return
        agreement = self.shown.doc.get("agreements", agreement_id)
        dialog = AgreementDialog(self.shown.doc.map, self.lang, agreement=agreement, parent=self.window())
        accepted, values = modal.exec_dialog(dialog), dialog.values()
        dialog.deleteLater()
        if accepted:
            self.shown.editor.update(self.tr("Change agreement"), [("agreements", agreement_id, self._screen(values))])

    def mark_done(self) -> None:
        """The agreement chosen is done (one undo step)."""
        current = self._current()
        if current is None or self.shown is None or self.read_only or current.status is AgreementStatus.DONE:
            return
        had_focus = self.done_button.hasFocus()
        self.shown.editor.update(self.tr("Agreement done"),
                                 [("agreements", current.id, {"status": AgreementStatus.DONE})])
        self.refresh()
        if had_focus:  # (the button is greyed out now: the keys go on in the list, not to Remove)
            self.agreements.setFocus()

    def remove_agreement(self) -> None:
        agreement_id = self._current_id()
        if agreement_id is not None and self.shown is not None and not self.read_only:
            self.shown.editor.delete([("agreements", agreement_id)])

    # ----- a national ID number typed into the plan is caught as anywhere else ---------------
    def _screened(self, text: str) -> str:
        found = find_cpr(text)
        guard = self.shown.editor.cpr_guard if self.shown is not None else None
        return remove_cpr(text) if found and guard is not None and guard(found) else text

    def _screen(self, values: dict) -> dict:
        return {k: self._screened(v) if k in ("text", "note") else v for k, v in values.items()}


def install(window) -> None:
    """The plan panel as a dock of `window`, a tab beside the inspector and the statuses
    (edit_gate.apply tells it what is on screen and whether it may be changed)."""
    window.plan_panel = PlanPanel(window.lang)
    from skymap.ui.document_view import scrolling  # noqa: PLC0415

    # (in a scroll area: the tabs beside it keep the height they had, the plan scrolls if it must)
    window.plan_dock = window.add_dock(QCoreApplication.translate("PlanPanel", "Joint plan"), "planDock",
                                    scrolling(window.plan_panel), Qt.DockWidgetArea.RightDockWidgetArea)
    window.tabifyDockWidget(window.statuses_dock, window.plan_dock)
    window.plan_panel.dock = window.plan_dock

    # The plan's tab takes most of the column when it comes to the front, and gives the
    # overview its height back when another tab does (plan_room.py).
    from skymap.ui.plan_room import PlanRoom  # noqa: PLC0415

    window.plan_room = PlanRoom(window)

    def connect() -> None:
        window.plan_dock.visibilityChanged.connect(window.plan_room.plan_shown)
        for dock in (window.inspector_dock, window.statuses_dock):
            dock.visibilityChanged.connect(lambda visible, dock=dock: window.plan_room.other_shown(dock, visible))

    QTimer.singleShot(0, connect)


def show_plan(window) -> None:
    """Bring the plan panel to the front."""
    window.plan_dock.show()
    window.plan_dock.raise_()
