"""The parts of the in-place form that make entry fast: who a person meets in the family
(a toggle per member, Alt+1 ... Alt+9, and Alt+0 for the whole family), "works with" with
completion over the people on the map, role suggestions of the cloud, a list of several
people at once, and a family member's role and birth year by plain typing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from skymap.model.objects import FAMILY_ID
from skymap.model.roles import role_suggestions
from skymap.model.vocabulary import FamilyRole, LinkKind, label, parse_enum


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonForm", text)


class NamesCompleter(QCompleter):
    """Completes the name after the last comma, so several names can be typed in one field."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt's name
        typed = self.widget().text() if self.widget() is not None else ""
        before = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return before + str(index.data()) + ", "


def role_completer(parent, doc, domain_id: str | None, lang: str) -> QCompleter:
    """The cloud's common roles and the roles typed before in this map, completed in place
    as one types (Down and Up go through the others)."""
    domain = doc.domain(domain_id) if domain_id else None
    roles = role_suggestions(doc.map, domain, lang)
    # the map's own language too (a Danish family's map in an English interface)
    roles += [r for r in role_suggestions(doc.map, domain, doc.map.meta.language) if r not in roles]
    completer = QCompleter(roles, parent)
    completer.setCaseSensitivity(Qt.CaseInsensitive)
    completer.setCompletionMode(QCompleter.InlineCompletion)
    return completer


def works_with_field(doc, actor_id: str | None) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(_tr("names, separated by commas"))
    names = sorted({a.name for a in doc.map.actors if a.id != actor_id and a.name}, key=str.casefold)
    completer = NamesCompleter(QStringListModel(names, edit), edit)
    completer.setCaseSensitivity(Qt.CaseInsensitive)
    completer.setFilterMode(Qt.MatchContains)
    edit.setCompleter(completer)
    return edit


class MeetsToggles(QWidget):
    """A toggle for each family member and one for the whole family; each shows its key."""

    def __init__(self, doc, actor_id: str | None, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QToolButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
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
            button.setFocusPolicy(Qt.NoFocus)  # the keys are Alt+digit; Tab stays in the fields
            button.setStyleSheet("QToolButton:checked { background: #1565c0; color: white; font-weight: bold; }"
                                 "QToolButton { border: 1px solid #90a4ae; border-radius: 4px; padding: 2px 6px; }")
            row.addWidget(button)
            self.buttons[target] = button
        row.addStretch(1)

    def toggle_key(self, key: int) -> bool:
        """Alt+1 ... Alt+9 toggles a family member, Alt+0 the whole family; True if one did."""
        keys = list(self.buttons)
        index = 9 if key == Qt.Key_0 else key - Qt.Key_1
        target = FAMILY_ID if key == Qt.Key_0 else keys[index] if 0 <= index < min(9, len(keys) - 1) else None
        if target is None:
            return False
        self.buttons[target].toggle()
        return True

    def wanted(self) -> set[str]:
        return {target for target, button in self.buttons.items() if button.isChecked()}


def list_field(first_line: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(first_line)
    edit.setPlaceholderText(_tr("One person a line: Name, role"))
    edit.setTabChangesFocus(True)
    edit.setMinimumWidth(300)
    edit.setFixedHeight(150)
    edit.setToolTip(_tr("One person a line: Name, role (or Name - role, or just a name). "
                                      "Ctrl+Enter to finish"))
    return edit


def family_role_field(role: FamilyRole, lang: str) -> QLineEdit:
    """A family member's role typed as a word ("mor", "barn" ...), completed in place."""
    edit = QLineEdit(label(role, lang))
    completer = QCompleter([label(r, lang) for r in FamilyRole], edit)
    completer.setCaseSensitivity(Qt.CaseInsensitive)
    completer.setCompletionMode(QCompleter.InlineCompletion)
    edit.setCompleter(completer)
    return edit


def family_role_value(text: str, old: FamilyRole) -> FamilyRole:
    """The role typed, or the old one when the text names no role."""
    found = parse_enum(FamilyRole, text)
    return found if found is not None else old


def birth_year_field(year: int | None) -> QLineEdit:
    """A birth year typed as four digits; empty for none (no spin box: a click then typing
    1986 works)."""
    edit = QLineEdit("" if year is None else str(year))
    edit.setValidator(QIntValidator(0, 2100, edit))
    edit.setPlaceholderText("–")
    edit.setMaxLength(4)
    return edit


def birth_year_value(text: str, old: int | None) -> int | None:
    text = text.strip()
    if not text:
        return None
    return int(text) if text.isdigit() and 1900 <= int(text) <= 2100 else old
