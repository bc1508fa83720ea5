"""The window's modal moments in one place: a message box, a context menu, a dialog, the
question for a new status's name and date.

Everything that waits for the user goes through these functions, so a test answers for the
user by replacing one of them (`monkeypatch.setattr(modal, "exec_box", ...)`); callers
always look them up on this module (`modal.exec_box(box)`), never import them by name.

Each of them gives the keyboard focus back when the dialog or menu closes: the window that
was active is active again, with the focus where it was (or on the map if that widget is
gone), so Ctrl+Z, Delete and the arrow keys act at once, without a click on the map first.
Most window managers hand the activation back to a closed dialog's parent, but not all of
them (Qt's offscreen platform, a bare X server, some Linux desktops), and nothing else in
Skymap would then put it back.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from shiboken6 import isValid


@contextmanager
def focus_given_back() -> Iterator[None]:
    """Around anything modal: afterwards the window active before is active again, with the
    keyboard focus on the widget that had it (on the window's map if that one is gone)."""
    window, widget = QApplication.activeWindow(), QApplication.focusWidget()
    inner = window.focusWidget() if window is not None else None
    try:
        yield
    finally:
        _give_back(window, widget, inner)


def _give_back(window: QWidget | None, widget: QWidget | None, inner: QWidget | None = None) -> None:
    if window is None or not isValid(window) or not window.isVisible():
        return
    # What was chosen may have put the keys in the window on purpose (Rename… in the context
    # menu opens the in-place editor on the name): they stay there, not on the map, which
    # closed that editor at once.
    now = window.focusWidget()
    if now is not None and now is not inner and (inner is None or isValid(inner)) and isValid(now) \
            and now.window() is window and now.isVisible() and now.isEnabled():
        widget = now
    modal = QApplication.activeModalWidget()
    if modal is not None and modal is not window:  # another dialog is still open: it keeps the keys
        return
    if QApplication.activeWindow() is not window:
        window.activateWindow()
    if widget is None or not isValid(widget) or widget.window() is not window or not widget.isVisible() \
            or not widget.isEnabled():
        widget = getattr(window, "view", None)  # (the main window's map)
    if isinstance(widget, QWidget) and QApplication.focusWidget() is not widget:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)


def exec_box(box: QMessageBox):
    """Show a message box and return the button clicked (tests replace this)."""
    with focus_given_back():
        box.exec()
    return box.clickedButton()


def exec_menu(menu, screen_pos) -> None:
    """Show a context menu until it is closed (tests replace this)."""
    with focus_given_back():
        menu.exec(screen_pos)


def exec_dialog(dialog) -> bool:
    """Run a dialog; True when accepted (tests replace this)."""
    # (the class's enum: PySide6 6.11 no longer finds QDialog.Accepted on a subclass's instance)
    with focus_given_back():
        return dialog.exec() == QDialog.DialogCode.Accepted


def ask_status(parent, default: str):
    """Ask for a new status's name and date: (name, date), or None (tests replace this)."""
    from skymap.ui.statuses_panel import SaveStatusDialog  # noqa: PLC0415

    dialog = SaveStatusDialog(default, parent)
    with focus_given_back():
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.values() if accepted else None
