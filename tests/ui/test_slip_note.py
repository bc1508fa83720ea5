"""An error nobody caught while the window runs (here: the PDF writer failing in a way no
user input causes) is said in one line in the window, Danish or English, and the window goes
on; before, File ▸ Export PDF… then showed nothing at all and only a terminal saw it."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from skymap.storage.mapfile import load_map
from skymap.ui import i18n, modal, slip_note
from skymap.ui import window_export as export_module
from skymap.ui.export_dialog import ExportOptionsDialog
from skymap.ui.main_window import MainWindow
from tests.ui.conftest import EXAMPLE
from tests.ui.test_family_export_window import _menu_action


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize(("lang", "menu", "said"), [
    ("en", ("File", "Export PDF"), "Skymap could not finish that (an error in Skymap: ZeroDivisionError)."),
    ("da", ("Filer", "Eksportér PDF"), "Skymap kunne ikke gøre det færdigt (en fejl i Skymap: ZeroDivisionError)."),
])
def test_an_unexpected_error_is_said_in_the_window(qtbot, monkeypatch, tmp_path, dialogs, lang, menu, said):
    i18n.install(QApplication.instance(), lang)
    before = sys.excepthook
    try:
        window = MainWindow(load_map(EXAMPLE), None, lang)
        qtbot.addWidget(window)
        window.show()
        slip_note.install(window)  # as the app does

        def broken(*_a, **_k):
            return 1 / 0

        monkeypatch.setattr(export_module, "write_export", broken)
        monkeypatch.setattr(modal, "exec_dialog", lambda d: isinstance(d, ExportOptionsDialog))
        monkeypatch.setattr(ExportOptionsDialog, "exec", lambda _d: ExportOptionsDialog.Accepted)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "m.pdf"), "")))
        # triggered from the event loop, as a click on the menu item is
        QTimer.singleShot(0, _menu_action(window, *menu).trigger)
        qtbot.waitUntil(lambda: any(kind == "warning" for kind, _ in dialogs), timeout=3000)
        text = next(args[2] for kind, args in dialogs if kind == "warning")
        assert text.startswith(said) and "\n" not in text and "Traceback" not in text
        assert window.isVisible()
        window.undo_stack.setClean()
    finally:
        sys.excepthook = before
        i18n.install(QApplication.instance(), "en")
