"""The window's side of password-protected maps: the password dialogs, File ▸ Protect with
password… / Change password… / Remove password, the lock mark in the status bar, and the
question before a protected map is exported in the clear.

The window keeps the open map's `Protection` (the derived key and salt, never the
passphrase) in `window.protection`; every save, backup and recovery file is sealed with it
(see skymap/storage/protect.py). Closing the map or opening another drops it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from skymap.storage.protect import MIN_LENGTH, Protection, Unlocker


def lock_pixmap(size: int = 16):
    """A small padlock, drawn (an emoji lock is missing from many fonts)."""
    from PySide6.QtCore import QRectF  # noqa: PLC0415
    from PySide6.QtGui import QColor, QPainter, QPen, QPixmap  # noqa: PLC0415

    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor("#1f2a36")
    p.setPen(QPen(colour, size / 9))
    p.drawArc(QRectF(size * 0.28, size * 0.08, size * 0.44, size * 0.5), 0, 180 * 16)
    p.drawLine(int(size * 0.28), int(size * 0.33), int(size * 0.28), int(size * 0.45))
    p.drawLine(int(size * 0.72), int(size * 0.33), int(size * 0.72), int(size * 0.45))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawRoundedRect(QRectF(size * 0.16, size * 0.45, size * 0.68, size * 0.5), size * 0.08, size * 0.08)
    p.end()
    return pixmap


class PasswordDialog(QDialog):
    """Asks for a password: to open a map ("open"), or a new one, twice ("new" for the map,
    "pdf" for an exported PDF), saying plainly that a forgotten password cannot be recovered."""

    def __init__(self, parent, mode: str, name: str = "", wrong: bool = False) -> None:
        super().__init__(parent)
        self.mode = mode
        self.setWindowTitle(QCoreApplication.translate("Protect", "Password") if mode == "open"
                            else QCoreApplication.translate("Protect", "Protect with password"))
        layout = QVBoxLayout(self)
        if mode == "open":
            text = QCoreApplication.translate("Protect", "%1 is protected with a password.").replace("%1", name)
        elif mode == "pdf":
            text = QCoreApplication.translate(
                    "Protect", "The PDF will open only with this password. Give it to the readers by another way than "
                               "the file itself.")
        else:
            text = QCoreApplication.translate(
                    "Protect", "The map, its backup and its recovery copies are stored encrypted: they open only with "
                               "this password.")
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if mode != "open":
            warning = QLabel(QCoreApplication.translate(
                    "Protect", "A forgotten password cannot be recovered. Without it nobody can open the "
                               "file again — not you, not the IT department, not Skymap. Keep the password "
                               "somewhere safe."))
            warning.setObjectName("passwordWarning")
            warning.setWordWrap(True)
            warning.setStyleSheet("font-weight: bold; color: #8a1c1c;")
            layout.addWidget(warning)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setObjectName("password")
        form.addRow(QCoreApplication.translate("Protect", "Password:"), self.first)
        self.second = None
        if mode != "open":
            self.second = QLineEdit()
            self.second.setEchoMode(QLineEdit.EchoMode.Password)
            self.second.setObjectName("passwordAgain")
            form.addRow(QCoreApplication.translate("Protect", "Repeat it:"), self.second)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("passwordHint")
        if wrong:
            self.hint.setText(QCoreApplication.translate("Protect", "Wrong password. Try again."))
            self.hint.setStyleSheet("color: #8a1c1c; font-weight: bold;")
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._check)
        if self.second is not None:
            self.second.textChanged.connect(self._check)
        self._check()
        self.setMinimumWidth(440)

    def problem(self) -> str:
        """Why OK cannot be pressed yet ("" when it can)."""
        text = self.first.text()
        if self.mode == "open":
            return "" if text else " "
        if len(text) < MIN_LENGTH:
            return QCoreApplication.translate("Protect", "At least %1 characters.").replace("%1", str(MIN_LENGTH))
        assert self.second is not None  # (a new password is typed twice)
        if self.second.text() != text:
            return QCoreApplication.translate("Protect", "The two passwords differ.")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        if self.mode != "open":
            self.hint.setText(problem)

    def passphrase(self) -> str:
        return self.first.text()


def _exec_password_dialog(dialog: PasswordDialog) -> bool:
    """Run a password dialog; True when accepted (tests replace this)."""
    from skymap.ui import modal  # noqa: PLC0415

    with modal.focus_given_back():
        return dialog.exec() == QDialog.DialogCode.Accepted


def ask_open(parent, path: Path, wrong: bool) -> str | None:
    dialog = PasswordDialog(parent, "open", Path(path).name, wrong)
    try:
        return dialog.passphrase() if _exec_password_dialog(dialog) else None
    finally:
        dialog.deleteLater()


def ask_new(parent, mode: str = "new") -> str | None:
    dialog = PasswordDialog(parent, mode)
    try:
        if not _exec_password_dialog(dialog) or dialog.problem():
            return None
        return dialog.passphrase()
    finally:
        dialog.deleteLater()


def dialog_unlocker(parent, protection: Protection | None = None) -> Unlocker:
    """Opens protected maps by asking in a dialog (again after a wrong password; Cancel
    gives PasswordNeededError, which the window takes as "nothing opened")."""
    return Unlocker(lambda path, wrong: ask_open(parent, path, wrong), protection)


def _busy(fn):
    """Run `fn` with the wait cursor (scrypt takes a moment)."""
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return fn()
    finally:
        QGuiApplication.restoreOverrideCursor()


class ProtectActions:
    """File ▸ Protect with password… / Change password… / Remove password, and the lock
    mark. Each of them saves the map at once (a map is protected only once it is written)."""

    def __init__(self, window, menu) -> None:
        self.window = window
        self.act_protect = window.add_action(menu, QCoreApplication.translate(
                "Protect", "Protect with &Password…"), QKeySequence(), self.protect)
        self.act_change = window.add_action(menu, QCoreApplication.translate(
                "Protect", "Change Pass&word…"), QKeySequence(), self.change)
        self.act_remove = window.add_action(menu, QCoreApplication.translate(
                "Protect", "Remove Password"), QKeySequence(), self.remove)
        menu.aboutToShow.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        on = self.window.protection is not None
        self.act_protect.setVisible(not on)
        self.act_change.setVisible(on)
        self.act_remove.setVisible(on)
        writable = not self.window.read_only
        for act in (self.act_protect, self.act_change, self.act_remove):
            act.setEnabled(writable)

    def protect(self) -> bool:
        return self._set(ask_new(self.window), QCoreApplication.translate(
                "Protect", "Saved; the map is protected with a password."))

    def change(self) -> bool:
        return self._set(ask_new(self.window), QCoreApplication.translate("Protect", "Saved with the new password."))

    def remove(self) -> bool:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Skymap")
        box.setText(QCoreApplication.translate(
                "Protect", "Remove the password? The map will be stored unencrypted: anyone who gets the file can "
                           "read it."))
        remove = box.addButton(
            QCoreApplication.translate("Protect", "Remove Password"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        from skymap.ui import modal  # noqa: PLC0415

        if modal.exec_box(box) is not remove:
            return False
        return self._apply(None, QCoreApplication.translate("Protect", "Saved; the map is no longer protected."))

    def _set(self, passphrase: str | None, done: str) -> bool:
        if passphrase is None:
            return False
        return self._apply(_busy(lambda: Protection.new(passphrase)), done)

    def _apply(self, protection: Protection | None, done: str) -> bool:
        window = self.window
        before = window.protection
        window.protection = protection
        if not window.file_save():
            window.protection = before  # not saved (cancelled or failed): as it was
            window.update_title()
            return False
        window.statusBar().showMessage(done, 8000)
        self.sync()
        return True


def mark(window) -> None:
    """The lock mark: a permanent note in the status bar while a protected map is open."""
    label = lock_mark(window)
    if label is None:
        from PySide6.QtWidgets import QHBoxLayout, QWidget  # noqa: PLC0415

        label = QWidget()
        label.setObjectName("lockMark")
        row = QHBoxLayout(label)
        row.setContentsMargins(0, 0, 6, 0)
        icon = QLabel()
        icon.setPixmap(lock_pixmap(16))
        row.addWidget(icon)
        text = QLabel()
        text.setObjectName("lockMarkText")
        row.addWidget(text)
        window.statusBar().addPermanentWidget(label)
    on = window.protection is not None
    text = label.findChild(QLabel, "lockMarkText")
    assert text is not None  # (made with the mark)
    text.setText(QCoreApplication.translate("Protect", "Protected with a password"))
    label.setVisible(on)


def lock_mark(window):
    """The lock mark in the window's status bar, once `mark` has made it (else None)."""
    from PySide6.QtWidgets import QWidget  # noqa: PLC0415

    return window.statusBar().findChild(QWidget, "lockMark")


def title_mark(window) -> str:
    on = window.protection is not None
    return " [" + QCoreApplication.translate("Protect", "protected") + "]" if on else ""


def confirm_clear_export(window, what: str) -> bool:
    """Before a protected map is exported unencrypted: say so, and ask."""
    if window.protection is None:
        return True
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Skymap")
    box.setText(QCoreApplication.translate(
            "Protect", "This map is protected with a password, but the %1 will not be: anyone who gets the file can "
                       "read it.").replace("%1", what))
    box.setInformativeText(QCoreApplication.translate("Protect", "Export it unencrypted?"))
    go = box.addButton(QCoreApplication.translate("Protect", "Export Unencrypted"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    from skymap.ui import modal  # noqa: PLC0415

    return modal.exec_box(box) is go


def pdf_password(window) -> tuple[bool, str | None]:
    """For a PDF of a protected map: (go on, the PDF's password or None). Offers to protect
    the PDF (the default), to export it unencrypted, or to cancel."""
    if window.protection is None:
        return True, None
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Skymap")
    box.setText(QCoreApplication.translate(
            "Protect", "This map is protected with a password. Protect the PDF with a password too?"))
    box.setInformativeText(QCoreApplication.translate(
            "Protect", "An unprotected PDF can be read by anyone who gets the file."))
    protect = box.addButton(
        QCoreApplication.translate("Protect", "Protect the PDF…"), QMessageBox.ButtonRole.AcceptRole
    )
    clear = box.addButton(
        QCoreApplication.translate("Protect", "Export Unencrypted"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(protect)
    from skymap.ui import modal  # noqa: PLC0415

    clicked = modal.exec_box(box)
    if clicked is clear:
        return True, None
    if clicked is not protect:
        return False, None
    passphrase = ask_new(window, "pdf")
    return (passphrase is not None), passphrase
