"""Ctrl+Z and Ctrl+Y in a form field whose edit is kept go to the window's Undo and Redo.

A QLineEdit claims the undo keys for its own typing whenever it has the focus, even with
nothing of its own to undo: in the inspector, after a new name and Enter, Ctrl+Z did nothing
at all (a trial). What a caseworker expects, as in other desktop programs:

- typing not yet kept (no Enter, the field not left) is the field's own: Ctrl+Z undoes it
  there, Ctrl+Y redoes it;
- once the field shows what the map holds (its edit kept, or its own typing undone back to
  that), Ctrl+Z is Edit > Undo and Ctrl+Y Edit > Redo: the map's last step, the rename just
  made with Enter first. The keys stay in the field.

"Shows what the map holds" is QLineEdit's own modified flag: cleared when the form loads
the field (setText) or keeps its edit (`kept`), set by typing, cleared again when the
field's own undo goes back to that point."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit


def undo_or_redo(event: QKeyEvent) -> str | None:
    """'undo', 'redo' or None for a key event (Ctrl+Y is Redo on every platform here, as
    in the Edit menu)."""
    if event.matches(QKeySequence.StandardKey.Undo):
        return "undo"
    if event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
        return "redo"
    return None


def field_takes(edit: QLineEdit, which: str) -> bool:
    """Whether the field's own undo (redo) has something to do with this key."""
    if edit.isReadOnly():
        return False
    if which == "undo":
        return edit.isModified() and edit.isUndoAvailable()
    return edit.isRedoAvailable()


class KeptFieldUndo(QObject):
    """Put on a form's line edits (installEventFilter): the undo keys of a field with no
    unkept typing are left to the window's shortcuts."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(obj, QLineEdit) \
                and isinstance(event, QKeyEvent):
            which = undo_or_redo(event)
            if which is not None and not field_takes(obj, which):
                event.ignore()  # (not claimed by the field: Edit > Undo / Redo takes the key)
                return True
        return False


def kept(edit: QLineEdit) -> None:
    """The field's text was just kept in the map: from here Ctrl+Z undoes the map's step."""
    edit.setModified(False)
