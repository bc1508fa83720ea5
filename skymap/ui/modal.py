"""The window's modal moments in one place: a message box, a context menu, a dialog, the
question for a new status's name and date.

Everything that waits for the user goes through these functions, so a test answers for the
user by replacing one of them (`monkeypatch.setattr(modal, "exec_box", ...)`); callers
always look them up on this module (`modal.exec_box(box)`), never import them by name.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox


def exec_box(box: QMessageBox):
    """Show a message box and return the button clicked (tests replace this)."""
    box.exec()
    return box.clickedButton()


def exec_menu(menu, screen_pos) -> None:
    """Show a context menu until it is closed (tests replace this)."""
    menu.exec(screen_pos)


def exec_dialog(dialog) -> bool:
    """Run a dialog; True when accepted (tests replace this)."""
    # (the class's enum: PySide6 6.11 no longer finds QDialog.Accepted on a subclass's instance)
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_status(parent, default: str):
    """Ask for a new status's name and date: (name, date), or None (tests replace this)."""
    from skymap.ui.timeline import SaveStatusDialog  # noqa: PLC0415

    dialog = SaveStatusDialog(default, parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
