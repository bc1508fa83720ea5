"""Guarding the open map's file in the window.

- Another program (an import, a copy over the file, another Skymap with --force) may change
  the file while it is open here. What was read or written last is remembered (size, time,
  inode and a SHA-256, `FileStamp`); Save does not replace a file that differs from it but
  asks: overwrite, save as a copy, or reload (the window's edits are first kept as a
  recovery copy, so nothing is lost, and the user is told where).
- While the window is idle it notices such a change (a file-system watcher, and a look when
  the window becomes active) and offers to reload.
- A notice bar says what the user should know about the open file without stopping the
  work: no lock could be taken (a read-only folder: saving there will fail), a map so large
  that the window will be slow, where a kept copy is.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from skymap.model.errors import SkymapError
from skymap.storage import locks
from skymap.storage.mapfile import FileStamp, changed_on_disk, load_map_stamped, read_bytes
from skymap.storage.recovery import keep_copy, list_recovery

LARGE_MAP_PEOPLE = 2000
"""Above this many people (family and others) the window is slow to open and to edit
(bench/FINDINGS.md): the user is told so when such a map opens."""

CHECK_DELAY_MS = 400
"""A change on disk is looked at this long after the last file-system event (writes come
in bursts: temporary file, backup, rename)."""


def people_count(skymap) -> int:
    return len(skymap.family) + len(skymap.actors)


def stamp_of(path: Path) -> FileStamp | None:
    """The stamp of the file as it is now, or None when it cannot be read."""
    try:
        info = os.stat(path)
        return FileStamp.of(info, read_bytes(path))
    except (OSError, SkymapError):
        return None


def _same(a, b) -> bool:
    if a is None or b is None:
        return False
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


class NoticeBar(QFrame):
    """A strip above the map with notices about the open file; each has its buttons and a
    close button, and none blocks the work."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setStyleSheet("QFrame#noticeBar { background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; }"
                           "QFrame#noticeBar QLabel { color: #3d3000; }")
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(10, 6, 6, 6)
        self.rows.setSpacing(6)
        self.notices: dict[str, QWidget] = {}
        self.hide()

    def show_notice(self, key: str, text: str, buttons: Sequence[tuple[str, object]] = ()) -> QWidget:
        self.drop(key)
        row = QWidget()
        row.setObjectName(f"notice-{key}")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        line.addWidget(label, 1)
        for title, slot in buttons:
            button = QPushButton(title)
            button.clicked.connect(slot)
            line.addWidget(button)
        close = QPushButton("×")
        close.setAccessibleName(self.tr("Close this notice"))
        close.setToolTip(self.tr("Close this notice"))
        close.setFlat(True)
        close.clicked.connect(lambda: self.drop(key))
        line.addWidget(close)
        self.rows.addWidget(row)
        self.notices[key] = row
        self.show()
        return row

    def text(self, key: str) -> str:
        row = self.notices.get(key)
        label = row.findChild(QLabel) if row is not None else None
        return label.text() if label is not None else ""

    def drop(self, key: str) -> None:
        row = self.notices.pop(key, None)
        if row is not None:
            row.hide()
            self.rows.removeWidget(row)
            row.deleteLater()
        if not self.notices:
            self.hide()

    def clear(self) -> None:
        for key in list(self.notices):
            self.drop(key)


class FileGuard(QObject):
    """The window's watch over its file (see the module's docstring)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.path: Path | None = None
        self.stamp: FileStamp | None = None  # what was read or written here last
        self.dismissed: FileStamp | None = None  # a version on disk the user chose not to load
        self._kept: tuple[Path, FileStamp | None] | None = None  # the last recovery copy kept
        self.asking = False
        self.bar = NoticeBar()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._soon)
        self.watcher.directoryChanged.connect(self._soon)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.check)
        window.installEventFilter(self)

    # ----- what the window tells it ----------------------------------------------------------
    def follow(self, path: Path | None, stamp: FileStamp | None = None, read_only: bool = False) -> None:
        """A map was opened (or a new one started): remember its file, say what the user
        should know about it."""
        self._place_bar()
        self.bar.clear()
        self.path = Path(path) if path is not None else None
        self.stamp = stamp if stamp is not None or self.path is None else stamp_of(self.path)
        self.dismissed = None
        self._watch()
        self._kept = None
        self._notices(large=people_count(self.window.doc.map) > LARGE_MAP_PEOPLE,
                      nolock=self.path is not None and not read_only and not locks.is_ours(self.path)
                      # (the lock was tried when the map was opened; a folder that cannot be written is why)
                      and not os.access(self.path.parent, os.W_OK))

    def _notices(self, large: bool, nolock: bool) -> None:
        """Show (or show again, in the language now chosen) the notices about the open map."""
        if large:
            self.bar.show_notice("large", self.tr(
                "This map has %1 people. Skymap is made for up to about %2: the window is slow with a map "
                "this large, and each change may take several seconds.")
                .replace("%1", self._number(people_count(self.window.doc.map)))
                .replace("%2", self._number(LARGE_MAP_PEOPLE)))
        if nolock and self.path is not None:
            self.bar.show_notice("nolock", self.tr(
                "%1 could not be marked as open here: its folder cannot be written to. Another Skymap could open "
                "it at the same time, and saving there will fail. Use Save As to keep your work in another folder.")
                .replace("%1", self.path.name),
                [(self.tr("Save As…"), self.window.file_save_as)])
        if self._kept is not None and "kept" in self.bar.notices:
            self._tell_kept(*self._kept)

    def _retranslate(self) -> None:
        self._notices("large" in self.bar.notices, "nolock" in self.bar.notices)

    def _place_bar(self) -> None:
        """The notice bar above the map: the window's central widget gets a frame holding
        the bar and the map (done once, when the first map is shown)."""
        center = self.window.centralWidget()
        if center is None or self.bar.parent() is not None:
            return
        self.window.takeCentralWidget()
        frame = QWidget()
        frame.setObjectName("centralFrame")
        column = QVBoxLayout(frame)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.bar)
        column.addWidget(center, 1)
        self.window.setCentralWidget(frame)

    def _number(self, n: int) -> str:
        return f"{n:,}".replace(",", "." if self.window.lang == "da" else ",")

    def saved(self, path: Path, stamp: FileStamp) -> None:
        self.path, self.stamp, self.dismissed = Path(path), stamp, None
        self.bar.drop("nolock")
        self._watch()

    def expected(self, path: Path) -> FileStamp | None:
        """What the file at `path` must still be for Save to replace it without asking."""
        return self.stamp if _same(path, self.path) else None

    def opening_large(self, people: int) -> None:
        """Said before a large map is built, which takes long (the window shows nothing new meanwhile)."""
        if people > LARGE_MAP_PEOPLE:
            self.window.statusBar().showMessage(self.tr("Opening a map of %1 people: this will take a while…")
                                                .replace("%1", self._number(people)))
            self.window.repaint()

    # ----- the file changed under the window -------------------------------------------------
    def changed_at_save(self, path: Path) -> bool:
        """Save found the file changed by another program: ask, and do what was chosen.
        True when the window's map was saved."""
        choice = self._ask(path, modified=True, at_save=True)
        return self._do(choice, path)

    def check(self) -> None:
        """Look whether the file changed on disk; if so, offer to reload."""
        if self.asking or self.path is None or self.stamp is None or not self.window.isVisible():
            return  # (a closed window asks nothing)
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            self.timer.start()  # not over another dialog or a menu: a little later
            return
        self._watch()
        if self.dismissed is not None and changed_on_disk(self.path, self.dismissed) is None:
            return  # the version the user already said no to
        now = changed_on_disk(self.path, self.stamp)
        if now is None:
            return
        modified = self.window.is_modified() and not self.window.read_only
        choice = self._ask(self.path, modified=modified, at_save=False)
        if choice in ("keep", "cancel"):
            self.dismissed = now
            return
        self._do(choice, self.path)

    def _do(self, choice: str, path: Path) -> bool:
        if choice == "overwrite":
            return self.overwrite(path)
        if choice == "copy":
            return self.window.file_save_as()
        if choice == "reload":
            self.reload()
        return False

    def overwrite(self, path: Path) -> bool:
        old, self.stamp = self.stamp, None
        try:
            done = self.window.save_to(path)
        finally:
            if self.stamp is None:
                self.stamp = old
        return done

    def reload(self) -> bool:
        """Open the file as it is on disk now. Unsaved edits are first kept as a recovery
        copy (told where, with a button that brings them back)."""
        window = self.window
        path, before = self.path, self.stamp
        assert path is not None  # (changed on disk: the map has a file)
        kept = None
        if window.is_modified() and not window.read_only:
            try:
                kept = keep_copy(window.doc.map, path, protection=window.protection)
            except SkymapError as err:  # nothing is replaced when the copy cannot be kept
                window.error(err)
                return False
        from skymap.storage.protect import PasswordNeededError  # noqa: PLC0415
        from skymap.ui.protect_ui import dialog_unlocker  # noqa: PLC0415

        # A protected map opens with the key in hand; asked for only if it was changed
        unlock = dialog_unlocker(window, window.protection)  # (e.g. its password by another program)
        try:
            skymap, stamp = load_map_stamped(path, unlock=unlock)
        except SkymapError as err:
            if not isinstance(err, PasswordNeededError):
                window.error(err)
            if kept is not None:
                self._tell_kept(kept, before)
            return False
        window.set_document(skymap, path, read_only=window.read_only, stamp=stamp, protection=unlock.protection)
        if kept is not None:
            self._tell_kept(kept, before)
        else:
            window.statusBar().showMessage(self.tr("%1 reloaded as it is on disk.").replace("%1", path.name), 10000)
        return True

    def _tell_kept(self, kept: Path, before: FileStamp | None) -> None:
        self._kept = (kept, before)
        self.bar.show_notice("kept", self.tr(
            "Your unsaved changes are kept as a recovery copy: %1. Skymap offers it the next time it starts; "
            "or bring them back now.").replace("%1", str(kept)),
            [(self.tr("Bring My Changes Back"), lambda: self._bring_back(kept, before))])

    def _bring_back(self, kept: Path, before: FileStamp | None) -> None:
        """The kept edits in the window again, unsaved; Save will ask again about the file."""
        found = [r for r in list_recovery(orphaned_only=False) if r.path == kept]
        if not found:
            return
        path = self.path
        self.window.restore_from(found[0])
        if _same(self.window.path, path):
            self.stamp = before  # the version they were made on: the file differs, so Save asks
        self.bar.drop("kept")

    def _ask(self, path: Path, modified: bool, at_save: bool) -> str:
        """"overwrite", "copy", "reload", "keep" or "cancel"."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Skymap")
        box.setText(self.tr("%1 has been changed by another program since you opened or saved it here "
                            "(for example an import).").replace("%1", path.name))
        buttons: dict[object, str] = {}
        if modified:
            box.setInformativeText(self.tr(
                "Overwrite: your version replaces the file (the other version is kept as %1.bak).\n"
                "Save as a copy: your version goes to a new file; this file stays as it is.\n"
                "Reload: the file as it is now; your changes are kept as a recovery copy.").replace("%1", path.name))
            buttons[box.addButton(self.tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)] = "overwrite"
            buttons[box.addButton(self.tr("Save as a Copy…"), QMessageBox.ButtonRole.AcceptRole)] = "copy"
            buttons[box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.ActionRole)] = "reload"
            cancel = box.addButton(
                self.tr("Cancel") if at_save else self.tr("Not Now"), QMessageBox.ButtonRole.RejectRole
            )
            buttons[cancel] = "cancel"
            box.setDefaultButton(cancel)
        else:
            box.setInformativeText(self.tr("Reload it to see the changes?"))
            reload = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
            buttons[reload] = "reload"
            buttons[box.addButton(self.tr("Keep Mine"), QMessageBox.ButtonRole.RejectRole)] = "keep"
            box.setDefaultButton(reload)
        self.asking = True
        try:
            clicked = _exec_box(box)
        finally:
            self.asking = False
        return buttons.get(clicked, "cancel")

    # ----- watching -------------------------------------------------------------------------
    def _watch(self) -> None:
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
        if self.path is None:
            return
        for p in (self.path, self.path.parent):
            if p.exists():
                self.watcher.addPath(str(p))

    def _soon(self, _path: str = "") -> None:
        if self.path is not None:
            self.timer.start()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Type.ActivationChange and self.window.isActiveWindow():
            self._soon()  # back from another program: has the file changed meanwhile?
        elif obj is self.window and event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self._retranslate)
        return False


def _exec_box(box: QMessageBox):
    """Show the question and return the button clicked (tests replace this; by default the
    window's helper, which the test suite answers with the default button)."""
    from skymap.ui import modal  # noqa: PLC0415

    return modal.exec_box(box)
