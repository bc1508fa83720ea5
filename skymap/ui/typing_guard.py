"""While a form or text field has the focus, a plain key is typed, never a tool shortcut.

The tools have single-key shortcuts (V, C, H, N, D). A line edit takes plain keys itself,
but a combo box or a list does not: typing "barn" into a role that is a combo
box switched on the Note tool at the "n". This filter claims every plain key (no Ctrl, Alt
or Meta) for a focused input widget before the window's shortcuts see it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QAbstractItemView)
_MODIFIERS = Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier


def is_typing_key(event) -> bool:
    """A key that types a character: printable text, no Ctrl, Alt or Meta held."""
    text = event.text()
    return bool(text) and text.isprintable() and not (event.modifiers() & _MODIFIERS)


class TypingGuard(QObject):
    """Installed on the application by the main window (its parent)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.ShortcutOverride and isinstance(obj, _INPUTS) and is_typing_key(event):
            event.accept()
        return False


def install(window) -> TypingGuard:
    guard = TypingGuard(window)
    QApplication.instance().installEventFilter(guard)
    return guard
