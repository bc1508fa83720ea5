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
_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


def is_typing_key(event) -> bool:
    """A key that types a character: printable text, no Ctrl, Alt or Meta held."""
    text = event.text()
    return bool(text) and text.isprintable() and not (event.modifiers() & _MODIFIERS)


class TypingGuard(QObject):
    """Watches the input widgets that take the focus (the main window is its parent).

    Not an application-wide event filter: such a filter runs Python for every event of every
    widget, widgets being destroyed included, which slows the whole program and lets
    PySide wrap half-destroyed objects. Instead the guard is put on each input widget the
    first time it gets the focus (QApplication.focusChanged, a signal), which is where the
    shortcut-override event of a typed key arrives."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ShortcutOverride and is_typing_key(event):
            event.accept()
        return False

    def watch(self, _old, new) -> None:
        """Put the guard on a newly focused input widget (once)."""
        if new is None or not isinstance(new, _INPUTS) or new.property("skymapTypingGuard"):
            return
        new.installEventFilter(self)
        new.setProperty("skymapTypingGuard", True)


def install(window) -> TypingGuard:
    guard = TypingGuard(window)
    app = QApplication.instance()
    assert isinstance(app, QApplication)  # (a window runs in a QApplication)
    app.focusChanged.connect(guard.watch)
    return guard
