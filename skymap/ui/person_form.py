"""The parts of the in-place form that make entry fast: who a person meets in the family
(a toggle per member, Alt+1 ... Alt+9, and Alt+0 for the whole family), "works with" with
completion over the people on the map, role suggestions of the cloud, a list of several
people at once, and a family member's role and birth year by plain typing."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRegularExpression, QStringListModel, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from skymap.model.birth_year import birth_year
from skymap.model.merge import parse_family_role
from skymap.model.objects import FAMILY_ID
from skymap.model.roles import role_suggestions
from skymap.model.vocabulary import FamilyRole, LinkKind, label

_ROLE_SPLIT = re.compile(r"\s*[,;\t–—]\s*|\s+-\s+")
"""Where a line's name ends and its role begins (as skymap.model.entry reads it)."""



class NamesCompleter(QCompleter):
    """Completes the name after the last comma, so several names can be typed in one field."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt's name
        # what was typed, not the field's text now: going down the list (or hovering over
        # it) has filled the field with a suggestion already, which would come in twice
        typed = self.completionPrefix()
        before = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return before + str(index.data()) + ", "


def roles_for(doc, domain_id: str | None, lang: str) -> list[str]:
    """The cloud's common roles in the map's own language (its text is in that language,
    whatever the interface speaks), the roles typed before in this map, then the common
    roles in the interface's language."""
    domain = doc.domain(domain_id) if domain_id else None
    roles = role_suggestions(doc.map, domain, doc.map.meta.language)
    roles += [r for r in role_suggestions(doc.map, domain, lang) if r not in roles]
    return roles


def role_completer(parent, doc, domain_id: str | None, lang: str) -> QCompleter:
    """The roles of `roles_for`, completed in place as one types (Down and Up go through
    the others)."""
    completer = QCompleter(roles_for(doc, domain_id, lang), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
    return completer


def works_with_field(doc, actor_id: str | None) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(QCoreApplication.translate("PersonForm", "names, separated by commas"))
    names = sorted({a.name for a in doc.map.actors if a.id != actor_id and a.name}, key=str.casefold)
    completer = NamesCompleter(QStringListModel(names, edit), edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
    return edit


class MeetsToggles(QWidget):
    """A toggle for each family member and one for the whole family; each shows its key."""

    def __init__(self, doc, actor_id: str | None, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QToolButton] = {}
        self.lines_layout = lines = QVBoxLayout(self)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(4)
        have = set()
        if actor_id is not None:
            have = {ln.target for ln in doc.links_of(actor_id)
                    if ln.kind is LinkKind.CONTACT and ln.source == actor_id}
        targets = [(m.id, m.name.split()[0] if m.name.split() else m.name) for m in doc.map.family]
        targets.append((FAMILY_ID, self.tr("Whole family")))
        for i, (target, text) in enumerate(targets):
            key = "0" if target == FAMILY_ID else str(i + 1) if i < 9 else ""
            button = QToolButton()
            button.setCheckable(True)
            button.setChecked(target in have)
            button.setText(f"{key} · {text}" if key else text)
            button.setToolTip(self.tr("Meets %1 (Alt+%2)").replace("%1", text).replace("%2", key) if key
                              else self.tr("Meets %1").replace("%1", text))
            button.setAccessibleName(self.tr("Meets %1").replace("%1", text))
            button.setObjectName(f"meets_{target}")
            button.setMinimumHeight(34)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys are Alt+digit; Tab stays in the fields
            button.setStyleSheet("QToolButton:checked { background: #1565c0; color: white; font-weight: bold; }"
                                 "QToolButton { border: 1px solid #90a4ae; border-radius: 4px; padding: 2px 6px; }")
            self.buttons[target] = button
        # a line for each toggle at most (a line with none takes no room); each keeps its
        # toggles at their size, on the left
        self.lines: list[QHBoxLayout] = []
        for _ in self.buttons:
            line = QHBoxLayout()
            line.setSpacing(4)
            line.addStretch(1)
            lines.addLayout(line)
            self.lines.append(line)
        self.set_columns(len(self.buttons))

    def set_columns(self, columns: int) -> None:
        """The toggles in rows of `columns` (one row, unless the form would be wider than the
        map: large text, a big family)."""
        columns = max(1, columns)
        for button in self.buttons.values():
            for line in self.lines:
                line.removeWidget(button)
        for i, button in enumerate(self.buttons.values()):
            line = self.lines[i // columns]
            line.insertWidget(line.count() - 1, button)  # (before the line's stretch)
        self.columns = columns
        self.lines_layout.invalidate()
        self.updateGeometry()  # (the form asks again how wide the toggles want to be)

    def toggle_key(self, key: int) -> bool:
        """Alt+1 ... Alt+9 toggles a family member, Alt+0 the whole family; True if one did."""
        keys = list(self.buttons)
        index = 9 if key == Qt.Key.Key_0 else key - Qt.Key.Key_1
        target = FAMILY_ID if key == Qt.Key.Key_0 else keys[index] if 0 <= index < min(9, len(keys) - 1) else None
        if target is None:
            return False
        self.buttons[target].toggle()
        return True

    def wanted(self) -> set[str]:
        return {target for target, button in self.buttons.items() if button.isChecked()}


def list_field(first_line: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(first_line)
    edit.setPlaceholderText(QCoreApplication.translate("PersonForm", "One person a line: Name, role"))
    edit.setTabChangesFocus(True)
    edit.setMinimumWidth(300)
    edit.setFixedHeight(150)
    edit.setToolTip(QCoreApplication.translate(
        "PersonForm", "One person a line: Name, role (or Name - role, or just a name). Ctrl+Enter to finish"))
    return edit


def family_role_field(role: FamilyRole, lang: str) -> QLineEdit:
    """A family member's role typed as a word ("mor", "barn" ...), completed in place."""
    edit = QLineEdit(label(role, lang))
    completer = QCompleter([label(r, lang) for r in FamilyRole], edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
    edit.setCompleter(completer)
    return edit


def family_role_value(text: str, old: FamilyRole) -> FamilyRole:
    """The role typed - its name in the list or a word a caseworker uses for it ("søn",
    "datter", "bedstemor", as a contact list may say) - or the old one when it names none."""
    found = parse_family_role(text)
    return found if found is not None else old


def birth_year_field(year: int | None) -> QLineEdit:
    """A birth year typed as four digits; empty for none (no spin box: a click then typing
    1986 works). Any four digits can be typed: a year out of range is said under the field
    (year_hint.py), not refused key by key (3000 came out as 300, silently)."""
    edit = QLineEdit("" if year is None else str(year))
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), edit))
    edit.setPlaceholderText("–")
    edit.setMaxLength(4)
    return edit


def birth_year_value(text: str, old: int | None) -> int | None:
    """The year typed, or `old` when it is not one the map takes (said by year_hint)."""
    if not text.strip():
        return None
    year = birth_year(text)
    return old if year is None else year


class ListRoleCompletion(QObject):
    """Role completion in the list of several people: after "Name, " the rest of a role is
    filled in, selected, as one types (typing on replaces it; Return keeps it)."""

    def __init__(self, edit: QPlainTextEdit, roles: list[str]) -> None:
        super().__init__(edit)
        self.edit, self.roles = edit, roles
        self._typed = False
        self._completing = False
        edit.installEventFilter(self)
        edit.textChanged.connect(self._complete)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress:
            cursor = self.edit.textCursor()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and cursor.hasSelection() and self._completing:
                cursor.setPosition(cursor.selectionEnd())  # keep the completion, then the new line
                self.edit.setTextCursor(cursor)
            self._completing = False
            self._typed = bool(event.text()) and event.text().isprintable() and not (
                event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        return False

    def _complete(self) -> None:
        if not self._typed:
            return
        self._typed = False
        cursor = self.edit.textCursor()
        block = cursor.block()
        if cursor.positionInBlock() != len(block.text()):
            return  # only at the end of a line
        parts = _ROLE_SPLIT.split(block.text(), maxsplit=1)
        if len(parts) < 2 or len(parts[1].strip()) < 2:
            return
        typed = parts[1].lstrip()
        match = next((r for r in self.roles if r.casefold().startswith(typed.casefold()) and len(r) > len(typed)),
                     None)
        if match is None:
            return
        rest = match[len(typed):]
        end = cursor.position()
        self.edit.blockSignals(True)
        cursor.insertText(rest)
        self.edit.blockSignals(False)
        cursor.setPosition(end)
        cursor.setPosition(end + len(rest), cursor.MoveMode.KeepAnchor)
        self.edit.setTextCursor(cursor)
        self._completing = True
