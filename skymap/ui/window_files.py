"""The window's file session: New, Open (recent files, dropped files, a map locked by
another Skymap), Save and Save As, autosave to the recovery file and recovery after a
crash, and closing without losing work. (A change made to the file by another program is
noticed by file_guard.py; a password-protected map's key is kept by protect_ui.py.)"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from skymap.model.errors import FileChangedError, SkymapError
from skymap.model.objects import SkyMap
from skymap.model.title import shown_title
from skymap.storage import locks, settings
from skymap.storage.mapfile import load_map_stamped, save_map
from skymap.storage.recovery import Autosaver
from skymap.ui import edit_gate, modal
from skymap.ui.window_parts import WindowParts

if TYPE_CHECKING:
    from skymap.ui.new_map_dialog import NewMapDialog

AUTOSAVE_DELAY_MS = 3000
"""Unsaved work goes to the recovery file this long after the last change ..."""
AUTOSAVE_EVERY_MS = 60000
"""... and at least this often while there are unsaved changes."""


class FilesMixin(WindowParts):
    """Part of MainWindow (see main_window.py): the open map's file.

    Its state, made by `_init_files` from MainWindow.__init__: `path` (None: never saved),
    `read_only` (another Skymap has the file), `restored` (brought back after a crash:
    unsaved), `statuses_unsaved`, `protection` (the key of a password-protected map),
    `autosaver` and its two timers."""

    def _init_files(self) -> None:
        self.path: Path | None = None
        self.read_only = False
        self.restored = False  # a map brought back after a crash counts as unsaved
        self.statuses_unsaved = False  # a status saved or removed while the file could not be written
        self.protection = None  # the key of a password-protected map while it is open (protect_ui)
        self.new_map_dialog: NewMapDialog | None = None  # File ▸ New's question for the family's name, while open
        self.autosaver = Autosaver()
        self.autosave_soon = QTimer(self)
        self.autosave_soon.setSingleShot(True)
        self.autosave_soon.setInterval(AUTOSAVE_DELAY_MS)
        self.autosave_soon.timeout.connect(self.autosave)
        self.autosave_every = QTimer(self)
        self.autosave_every.setInterval(AUTOSAVE_EVERY_MS)
        self.autosave_every.timeout.connect(self.autosave)
        self.autosave_every.start()

    def is_modified(self) -> bool:
        return self.restored or self.statuses_unsaved or not self.undo_stack.isClean()

    def autosave(self) -> None:
        """Write unsaved work to the recovery file (never to the user's own file)."""
        if self.read_only or not self.is_modified():
            return
        try:
            self.autosaver.write(self.doc.map, self.path, self.protection)
        except SkymapError as err:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Autosave failed: %1").replace("%1", err.message(self.lang)),
                10000,
            )

    def _set_read_only(self, read_only: bool) -> None:
        """Read-only: look, select and pan; no edits, no Save (Save As makes a copy)."""
        self.read_only = read_only
        self.act_save.setEnabled(not read_only)
        edit_gate.apply(self)

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(self.is_modified())
        if clean and not self.restored:
            self.autosaver.remove()

    def error(self, err: SkymapError) -> None:
        """Say what went wrong, in one line in the user's language."""
        QMessageBox.warning(self, "Skymap", err.message(self.lang))

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current map (saved, or the user said so)."""
        assert self.docview is not None
        self.docview.inline.close_editor(commit=True)
        if not self.is_modified():
            return True
        answer = QMessageBox.question(
            self,
            "Skymap",
            QCoreApplication.translate("MainWindow", "The map has unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.file_save()
        return answer == QMessageBox.StandardButton.Discard

    def file_new(self) -> None:
        """A new map: first the family's name (its title heads the map and every print)."""
        if self.maybe_save():
            from skymap.ui.new_map_dialog import NewMapDialog  # noqa: PLC0415

            dialog = self.new_map_dialog = NewMapDialog(self.lang, self)

            def created(skymap: SkyMap) -> None:
                self.set_document(skymap, None)
                self.activateWindow()
                self.view.setFocus()

            dialog.created.connect(created)
            dialog.open()

    def file_close(self) -> bool:
        """File > Close Map (Ctrl+W): unsaved changes are asked about as when the window
        closes; then the window shows what Skymap shows opened without a map (a new map
        from the standard template, never saved), and the map's file is free for others."""
        if not self.maybe_save():
            return False
        from skymap.model.template import new_map  # noqa: PLC0415

        self.set_document(new_map("standard", lang=self.lang), None)
        self.view.setFocus()
        return True

    def file_open(self, path: str | Path | None = None) -> bool:
        if not self.maybe_save():
            return False
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                QCoreApplication.translate("MainWindow", "Open map"),
                "",
                QCoreApplication.translate("MainWindow", "Skymap maps (*.json)"),
            )
            if not path:
                return False
        from skymap.storage.protect import PasswordNeededError  # noqa: PLC0415
        from skymap.ui.protect_ui import dialog_unlocker  # noqa: PLC0415

        unlock = dialog_unlocker(self)  # a protected map: its password is asked for
        try:
            skymap, stamp = load_map_stamped(path, unlock=unlock)
        except PasswordNeededError:
            return False  # Cancel in the password dialog: nothing opened
        except SkymapError as err:
            self.error(err)
            return False
        self.file_guard.opening_large(len(skymap.family) + len(skymap.actors))
        return self.open_loaded(skymap, Path(path), stamp, unlock.protection)

    def open_loaded(self, skymap: SkyMap, path: Path, stamp=None, protection=None) -> bool:
        """Show a loaded map, unless another Skymap has it open: then ask (read-only or a copy)."""
        holder = locks.acquire(path)
        read_only = False
        if holder is not None:
            choice = self.ask_locked(path, holder)
            if choice == "cancel":
                return False
            if choice == "copy":
                title = QCoreApplication.translate("MainWindow", "Copy of %1").replace(
                    "%1", shown_title(skymap.meta) or path.stem
                )
                skymap.meta = skymap.meta.model_copy(update={"title": title})
                self.set_document(skymap, None, protection=protection)
                return True
            read_only = True
        self.set_document(skymap, path, read_only=read_only, stamp=stamp, protection=protection)
        settings.add_recent_file(path)
        return True

    def offer_recovery(self) -> bool:
        """After a crash: offer the unsaved maps left behind. True if one was restored."""
        from skymap.storage.recovery import list_recovery  # noqa: PLC0415
        from skymap.ui.recovery_dialog import RecoveryDialog  # noqa: PLC0415

        files = list_recovery()
        if not files:
            return False
        dialog = RecoveryDialog(files, self.lang, self)
        if modal.exec_dialog(dialog) and dialog.chosen is not None:
            self.restore_from(dialog.chosen)
            return True
        return False

    def restore_from(self, recovered) -> None:
        """Open a recovered map as unsaved work, pointing at the file it came from. That of
        a protected map asks for its password (Cancel: it stays, offered again)."""
        from skymap.storage.protect import PasswordNeededError  # noqa: PLC0415
        from skymap.ui.protect_ui import dialog_unlocker  # noqa: PLC0415

        unlock = dialog_unlocker(self, self.protection)  # (edits kept from this map: no question)
        try:
            skymap = recovered.load(unlock)
        except PasswordNeededError:
            return
        except SkymapError as err:
            self.error(err)
            return
        path = Path(recovered.original) if recovered.original else None
        if path is not None and locks.acquire(path) is not None:
            path = None  # someone else has the original open: the restored work is a copy
        self.set_document(skymap, path, restored=True, protection=unlock.protection)
        recovered.discard()

    def ask_locked(self, path: Path, holder) -> str:
        """ "readonly", "copy" or "cancel"."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle("Skymap")
        since = QLocale().toString(holder.since.astimezone(), QLocale.FormatType.ShortFormat) if holder.since else "?"
        box.setText(
            QCoreApplication.translate("MainWindow", "%1 is open in another Skymap: %2 on %3, since %4.")
            .replace("%1", path.name)
            .replace("%2", holder.user)
            .replace("%3", holder.host)
            .replace("%4", since)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "MainWindow", "Open it read-only, or open a copy that you save under another name?"
            )
        )
        read_only = box.addButton(
            QCoreApplication.translate("MainWindow", "Read-only"), QMessageBox.ButtonRole.AcceptRole
        )
        copy = box.addButton(QCoreApplication.translate("MainWindow", "Open a copy"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        clicked = modal.exec_box(box)
        return "readonly" if clicked is read_only else "copy" if clicked is copy else "cancel"

    def open_dropped(self, paths: list[str]) -> None:
        maps = [p for p in paths if p.lower().endswith(".json")]
        lists = [p for p in paths if p.lower().endswith((".csv", ".txt"))]
        if maps:
            self.file_open(maps[0])
        elif lists:
            self.import_contacts(lists[0])  # a contact list dropped: the import's preview

    def import_contacts(self, path: str | None = None):
        """File ▸ Import Contact List…: a new map or an update of this one, after a preview."""
        from skymap.ui.import_dialog import import_contact_list  # noqa: PLC0415

        return import_contact_list(self, path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = settings.recent_files()
        if not files:
            act = self.recent_menu.addAction(QCoreApplication.translate("MainWindow", "(none)"))
            act.setEnabled(False)
        for f in files:

            def open_recent(p: str = f) -> bool:
                return self.file_open(p)

            self.recent_menu.addAction(f, open_recent)

    def file_save(self) -> bool:
        if self.path is None or self.read_only:
            return self.file_save_as()
        return self.save_to(self.path)

    def file_save_as(self) -> bool:
        # A new map is named NAME.skymap.json: the file type a double-click opens Skymap for (docs/INSTALL.md).
        suffix = ".skymap.json" if self.path is None or self.path.name.endswith(".skymap.json") else ".json"
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "Save map"),
            self.default_name(suffix),
            QCoreApplication.translate("MainWindow", "Skymap maps (*.json)"),
        )
        if not path:
            return False
        if not path.lower().endswith(".json"):
            path += ".json"
        return self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Save the map to `path` (Save and Save As end here; so does the file guard's "save anyway")."""
        assert self.docview is not None
        self.docview.inline.close_editor(commit=True)
        try:
            stamp = save_map(self.doc.map, path, expect=self.file_guard.expected(path), protection=self.protection)
        except FileChangedError:
            # Another program changed the file since it was opened or saved here: ask first.
            return self.file_guard.changed_at_save(path)
        except SkymapError as err:
            # The file is as it was; the work stays here, unsaved, and in the recovery file.
            self.error(err)
            self.autosave()
            return False
        if self.path is not None and self.path != path and not self.read_only:
            locks.release(self.path)
        self.path = path
        self._set_read_only(False)
        locks.acquire(path)
        self.restored = False
        self.statuses_unsaved = False  # (statuses are saved or removed outside the undo history)
        self.undo_stack.setClean()
        self.autosaver.remove()
        self.file_guard.saved(path, stamp)
        settings.add_recent_file(path)
        self.update_title()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            # A normal close: nothing to recover, and the map is free for others.
            self.autosaver.remove()
            if self.path is not None and not self.read_only:
                locks.release(self.path)
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self.open_dropped([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])
