"""The interface's catalogues are read into memory once: a .qm file rewritten while the
program runs (an upgrade with the window open) changes nothing on screen. Before, Qt mapped
the file and read it lazily: the window turned half English, and later crashed."""

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from skymap.ui import i18n


def menu_titles(win):
    return [a.text() for a in win.menuBar().actions()]


def test_a_catalogue_rewritten_while_open_leaves_the_window_danish(open_example, tmp_path, monkeypatch):
    for name in ("skymap_da.qm", "skymap_en.qm"):
        shutil.copy(i18n.TRANSLATIONS / name, tmp_path / name)
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)
    qt_own = next(f for f in i18n.qt_translation_folders() if (Path(f) / "qtbase_da.qm").exists())
    (tmp_path / "qt").mkdir()
    shutil.copy(Path(qt_own) / "qtbase_da.qm", tmp_path / "qt" / "qtbase_da.qm")
    monkeypatch.setattr(i18n, "qt_translation_folders", lambda: [str(tmp_path / "qt")])
    app = QApplication.instance()
    try:
        assert i18n.install(app, "da")
        win = open_example("da")
        titles = menu_titles(win)
        assert "&Rediger" in titles
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"  # Qt's own
        for qm in (tmp_path / "skymap_da.qm", tmp_path / "qt" / "qtbase_da.qm"):
            size = qm.stat().st_size
            with open(qm, "r+b") as f:  # rewritten in place, as an upgrade may
                f.write(b"\0" * size)
        assert QCoreApplication.translate("MainWindow", "&Undo") == "&Fortryd"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"
        edit = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Rediger")
        edit.popup(win.mapToGlobal(win.rect().center()))  # a menu opened: its texts asked again
        edit.hide()
        win.retranslate()  # every text of the window asked again
        assert menu_titles(win) == titles
        assert win.act_undo.text().startswith("&Fortryd")
    finally:
        monkeypatch.undo()
        i18n.install(app, "en")
