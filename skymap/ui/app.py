"""Starting the app: QApplication, translations, the first map, or a headless screenshot."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from skymap.model.errors import SkymapError
from skymap.model.template import new_map
from skymap.storage.mapfile import load_map_stamped
from skymap.storage.protect import Unlocker


def run(args, lang: str, terminal_unlock=None) -> int:
    """Open the window (or take its screenshot). ``terminal_unlock`` is how the command line
    opens a protected first map (--password-file, or the terminal for --screenshot); without
    it a password dialog asks."""
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from skymap.ui import platform_check  # noqa: PLC0415

    # Qt aborts with only its plugin message when X11 libraries are missing: say which, and how to add them.
    missing = platform_check.check_before_qt(lang)
    if missing is not None:
        print(missing, file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from skymap.ui.main_window import MainWindow  # noqa: PLC0415

    problem: SkymapError | None = None
    unlock = _unlocker(lang, terminal_unlock)  # a password-protected map: --password-file, else asked for
    try:
        # (the stamp of what was read: the window notices if another program changes the file)
        skymap, stamp = (load_map_stamped(args.map, unlock=unlock) if args.map is not None
                         else (new_map("standard", lang=lang), None))
    except SkymapError as err:
        from skymap.storage.protect import PasswordNeededError  # noqa: PLC0415

        # Cancel in the password dialog: an empty map, no complaint
        asked = isinstance(unlock, WindowUnlocker) and unlock.asked_in_window
        cancelled = isinstance(err, PasswordNeededError) and asked
        if not cancelled:
            print(f"skymap: {err.message(lang)}", file=sys.stderr)
        if args.screenshot is not None and not cancelled:
            return 2
        # Opened from a file manager, there is no terminal: say it in the window too.
        problem, skymap, args.map, stamp = None if cancelled else err, new_map("standard", lang=lang), None, None
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # (the window needs widgets)
    app.setApplicationName("Skymap")
    app.setOrganizationName("Skymap")
    app.setDesktopFileName("skymap")  # Wayland/X11 match the window to skymap.desktop (its icon)
    from skymap.ui.about_dialog import app_icon  # noqa: PLC0415

    app.setWindowIcon(app_icon())
    from skymap.ui import i18n  # noqa: PLC0415

    i18n.install(app, lang)
    if args.screenshot is not None and unlock.protection is not None and not getattr(args, "allow_clear", False):
        print(f"skymap: {SkymapError('clear_export_refused', path=args.map).message(lang)}", file=sys.stderr)
        return 2  # a picture of a protected map is a copy in the clear
    if args.screenshot is not None:
        window = MainWindow(skymap, Path(args.map) if args.map else None, lang, protection=unlock.protection)
        return _screenshot(app, window, args.screenshot, args.size, getattr(args, "screenshot_view", "normal"))
    from skymap.storage import locks, settings  # noqa: PLC0415
    from skymap.ui.file_guard import LARGE_MAP_PEOPLE, people_count  # noqa: PLC0415

    path = Path(args.map) if args.map is not None else None
    if path is not None and people_count(skymap) > LARGE_MAP_PEOPLE and locks.acquire(path) is None:
        # A very large map takes long to build: a window first, saying so, then the map.
        window = MainWindow(new_map("standard", lang=lang), None, lang)
        window.show()
        window.file_guard.opening_large(people_count(skymap))
        app.processEvents()
        window.set_document(skymap, path, stamp=stamp, protection=unlock.protection)
        settings.add_recent_file(path)
        path = None
    elif path is not None and locks.acquire(path) is None:
        # The usual case: the map is free and now ours; the window is built on it once.
        window = MainWindow(skymap, path, lang, stamp=stamp, protection=unlock.protection)
        settings.add_recent_file(path)
        path = None
    else:
        window = MainWindow(new_map("standard", lang=lang) if path else skymap, None, lang)
    from skymap.ui.window_size import should_maximise  # noqa: PLC0415

    # a laptop's screen: all of it for the map and its panels
    window.showMaximized() if should_maximise(window.screen()) else window.show()
    from skymap.ui import slip_note  # noqa: PLC0415

    slip_note.install(window)  # an error no code caught: said in the window, not only on stderr
    if problem is not None:
        window.error(problem)
    # Someone else has the map open: the window asks (read-only, a copy or cancel).
    if path is not None and not window.open_loaded(skymap, path, stamp, unlock.protection):
        window.set_document(new_map("standard", lang=lang), None)
    window.offer_recovery()
    code = app.exec()
    _dispose(app, window)
    return code


class WindowUnlocker(Unlocker):
    """Opens the window's first map when it is protected: asks for its password in a dialog
    (Qt started for it) and remembers that it asked (Cancel there: an empty map, no complaint)."""

    def __init__(self, lang: str) -> None:
        super().__init__(self._ask)
        self.lang = lang
        self.asked_in_window = False

    def _ask(self, path: Path, wrong: bool) -> str | None:
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        from skymap.ui import i18n, protect_ui  # noqa: PLC0415

        app = QApplication.instance() or QApplication(sys.argv[:1])
        i18n.install(app, self.lang)
        self.asked_in_window = True
        return protect_ui.ask_open(None, path, wrong)


def _unlocker(lang: str, terminal_unlock: Unlocker | None) -> Unlocker:
    """How the window's first map is opened if it is protected: the command line's way
    (--password-file, or the terminal for --screenshot), else a password dialog."""
    if terminal_unlock is not None:
        return terminal_unlock
    return WindowUnlocker(lang)


def _screenshot(app, window, out: Path, size: str, view: str = "normal") -> int:
    try:
        width, height = (int(v) for v in size.lower().split("x"))
    except ValueError:
        print(f"skymap: --size must look like 1600x1000, not {size!r}", file=sys.stderr)
        return 2
    window.resize(width, height)
    window.overview.refresh()  # (in a window, measured right after the map's first paint; here in the picture)
    window.show()
    app.processEvents()
    window.view.fit()
    if view == "family":
        window.set_family_view(True)
        app.processEvents()
        window.resize(width, height)  # the picture at the size asked for, not the screen's
        app.processEvents()
        window.family_zoom()
    app.processEvents()
    if not _save_private_png(window.grab(), out):
        print(f"skymap: could not write {out}", file=sys.stderr)
        return 2
    window.undo_stack.setClean()
    window.close()
    _dispose(app, window)
    return 0


def _save_private_png(pixmap, out: Path) -> bool:
    """The picture shows the family's names: written like every other file Skymap writes
    (a temporary file 0600 renamed over the target), never readable by others."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice  # noqa: PLC0415

    from skymap.storage.mapfile import write_atomic  # noqa: PLC0415

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    encoded = pixmap.save(buffer, "PNG")
    buffer.close()
    if not encoded:
        return False
    try:
        write_atomic(Path(out), bytes(data.data()))
    except SkymapError:
        return False
    return True


def _dispose(app, window) -> None:
    """Tear the window down while Qt is still alive (PySide6 can crash if the garbage
    collector meets half-destroyed Qt objects at interpreter exit, and if the clipboard
    still holds data Skymap put there)."""
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    clipboard = QGuiApplication.clipboard()
    if clipboard.ownsClipboard():
        clipboard.clear()
    window.deleteLater()
    app.processEvents()
    from PySide6.QtCore import QCoreApplication, QEvent  # noqa: PLC0415

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
