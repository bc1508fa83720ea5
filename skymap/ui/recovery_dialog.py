"""After a crash: the unsaved maps found, to restore, save elsewhere or discard."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from skymap.model.errors import SkymapError
from skymap.storage.mapfile import save_map
from skymap.storage.recovery import RecoveryFile


class RecoveryDialog(QDialog):
    """Lists recovery files; `chosen` is the one to restore when the dialog is accepted."""

    def __init__(self, files: list[RecoveryFile], lang: str, parent=None) -> None:
        super().__init__(parent)
        self.files = list(files)
        self.lang = lang
        self.chosen: RecoveryFile | None = None
        self.setWindowTitle(self.tr("Unsaved maps were found"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Skymap was closed without saving these maps (for example a crash or a flat battery). "
            "Restore one to go on where you left off, save it somewhere, or discard it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Unsaved maps"))
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore"))
        self.save_button = QPushButton(self.tr("Save as…"))
        self.discard_button = QPushButton(self.tr("Discard"))
        for b in (self.restore_button, self.save_button, self.discard_button):
            b.setMinimumHeight(40)
            buttons.addWidget(b)
        layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.restore_button.clicked.connect(self.restore)
        self.save_button.clicked.connect(lambda: self.save_elsewhere())  # (not `checked` as the path)
        self.discard_button.clicked.connect(self.discard)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        # The interface's locale (i18n.install sets it): Danish dates, or British English ones.
        locale = (
            QLocale()
            if QLocale().language() == (QLocale.Language.Danish if self.lang == "da" else QLocale.Language.English)
            else QLocale(
                QLocale.Language.Danish if self.lang == "da" else QLocale.Language.English,
                QLocale.Country.Denmark if self.lang == "da" else QLocale.Country.UnitedKingdom,
            )
        )
        for f in self.files:
            # PySide6 takes a datetime where Qt wants a QDateTime; its stub lists only QDateTime
            when = locale.toString(f.saved.astimezone(), QLocale.FormatType.ShortFormat)  # type: ignore[call-overload]
            where = f.original or self.tr("never saved")
            title = self.tr("Password-protected map") if f.protected else (f.title or self.tr('New map'))
            item = QListWidgetItem(f"{title} — {when}\n{where}")
            self.list.addItem(item)
        if self.files:
            self.list.setCurrentRow(0)
        for b in (self.restore_button, self.save_button, self.discard_button):
            b.setEnabled(bool(self.files))

    def _current(self) -> RecoveryFile | None:
        row = self.list.currentRow()
        return self.files[row] if 0 <= row < len(self.files) else None

    def restore(self) -> None:
        self.chosen = self._current()
        if self.chosen is not None:
            self.accept()

    def save_elsewhere(self, path: str | None = None) -> bool:
        f = self._current()
        if f is None:
            return False
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save map"), f.original or "",
                                                  self.tr("Skymap maps (*.json)"))
            if not path:
                return False
        from skymap.storage.protect import PasswordNeededError  # noqa: PLC0415
        from skymap.ui.protect_ui import dialog_unlocker  # noqa: PLC0415

        unlock = dialog_unlocker(self)  # a protected map's copy: asked for, and saved protected
        try:
            save_map(f.load(unlock), path, protection=unlock.protection)
        except PasswordNeededError:
            return False
        except (SkymapError, OSError, ValueError) as err:
            text = err.message(self.lang) if isinstance(err, SkymapError) else str(err)
            QMessageBox.warning(self, "Skymap", text)
            return False
        f.discard()
        self.files.remove(f)
        self._fill()
        self._close_when_empty()
        return True

    def _close_when_empty(self) -> None:
        """Nothing left to decide: the list closes itself (no empty list with grey buttons)."""
        if not self.files:
            self.reject()

    def discard(self) -> None:
        f = self._current()
        if f is None:
            return
        answer = QMessageBox.question(
            self,
            "Skymap",
            self.tr("Discard the unsaved map? It cannot be brought back."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            f.discard()
            self.files.remove(f)
            self._fill()
            self._close_when_empty()


