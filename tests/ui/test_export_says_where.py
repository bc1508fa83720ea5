"""File ▸ Export PDF… and File ▸ Export As ▸ SVG… say in the status bar where the file went
(in the user's language): the caseworker pressed Save in the file dialog and the window
showed nothing at all, so the PDF for the meeting seemed not to have been made."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from skymap.storage.mapfile import load_map
from skymap.ui import i18n, modal
from skymap.ui.export_dialog import ExportOptionsDialog
from skymap.ui.main_window import MainWindow
from tests.ui.conftest import EXAMPLE
from tests.ui.test_family_export_window import _menu_action


@pytest.mark.parametrize(("lang", "menu", "said"), [
    ("en", ("File", "Export PDF"), "Exported to "),
    ("da", ("Filer", "Eksportér PDF"), "Eksporteret til "),
    ("en", ("File", "Export As", "SVG"), "Exported to "),
])
def test_an_export_says_where_the_file_is(qtbot, monkeypatch, tmp_path, lang, menu, said):
    i18n.install(QApplication.instance(), lang)
    try:
        window = MainWindow(load_map(EXAMPLE), None, lang)
        qtbot.addWidget(window)
        out = tmp_path / ("meeting.svg" if "SVG" in menu else "meeting.pdf")
        monkeypatch.setattr(modal, "exec_dialog", lambda d: isinstance(d, ExportOptionsDialog))  # OK, as offered
        monkeypatch.setattr(ExportOptionsDialog, "exec", lambda _d: ExportOptionsDialog.Accepted)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
        _menu_action(window, *menu).trigger()
        assert out.exists()
        assert window.statusBar().currentMessage() == said + str(out)
        window.undo_stack.setClean()
    finally:
        i18n.install(QApplication.instance(), "en")
