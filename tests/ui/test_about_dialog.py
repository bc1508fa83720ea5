"""Help ▸ About Skymap: the version, no network, where settings and unsaved work are kept,
and the bundled libraries with their licences (the LGPL's notice for Qt) — in Danish and
English; the window carries Skymap's icon."""

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from skymap import __version__, about
from skymap.ui import i18n
from skymap.ui.about_dialog import AboutDialog, app_icon
from tests.helpers import EXAMPLE


def help_action(win, text):
    help_menu = win.menuBar().actions()[-1].menu()
    return next(a for a in help_menu.actions() if a.text().replace("&", "") == text)


def test_about_from_the_help_menu_shows_version_and_licences(open_example, qtbot):
    win = open_example("en")
    help_action(win, "About Skymap").trigger()
    dialog = win.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert f"Skymap {__version__}" in dialog.summary.text()
    assert "never connects to a network" in dialog.summary.text()
    text = dialog.libraries.toPlainText()
    for lib in about.LIBRARIES:
        assert lib.name in text and lib.licence in text and lib.source in text
    assert "LGPL-3.0" in text and "replace them with your own builds" in text
    assert about.library_version(about.LIBRARIES[0]) in text  # Qt's version, as installed
    dialog.close()


def test_about_in_danish(open_example, qtbot):
    app = QApplication.instance()
    try:
        i18n.install(app, "da")
        win = open_example("da")
        help_action(win, "Om Skymap").trigger()
        dialog = win.findChild(AboutDialog)
        assert dialog.windowTitle() == "Om Skymap"
        assert "netværk" in dialog.summary.text()
        assert "erstatte" in dialog.libraries.toPlainText()
        dialog.close()
    finally:
        i18n.install(app, "en")


def test_every_bundled_library_has_a_version_here():
    """A misspelt distribution name would show an empty version and lose its licence files."""
    for lib in about.LIBRARIES:
        if lib.distribution or lib.name == "Python":
            assert about.library_version(lib), lib.name


def test_window_icon_is_skymaps(tmp_path):
    from skymap.cli import main

    shutil.copy(EXAMPLE, tmp_path / "map.json")
    assert main([str(tmp_path / "map.json"), "--screenshot", str(tmp_path / "shot.png"), "--size", "800x600"]) == 0
    icon = QApplication.instance().windowIcon()
    assert not icon.isNull()
    assert {16, 32, 48, 256} <= {s.width() for s in app_icon().availableSizes()}


def test_a_new_map_is_offered_as_name_skymap_json(qtbot, monkeypatch, tmp_path):
    """Save As on a new map suggests NAME.skymap.json (the file type that opens Skymap on a
    double-click); a map opened as x.json keeps its name."""
    from PySide6.QtWidgets import QFileDialog

    from skymap.model.template import new_map
    from skymap.storage.mapfile import load_map
    from skymap.ui.main_window import MainWindow

    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, title, name, *a, **k: offered.append(name) or ("", "")))
    win = MainWindow(new_map("standard", family_name="Hansen", lang="en"), None, "en")
    qtbot.addWidget(win)
    win.act_save_as.trigger()
    shutil.copy(EXAMPLE, tmp_path / "norgaard.json")
    opened = MainWindow(load_map(tmp_path / "norgaard.json"), tmp_path / "norgaard.json", "en")
    qtbot.addWidget(opened)
    opened.act_save_as.trigger()
    assert offered[0].endswith("Hansen.skymap.json")
    assert offered[1] == str(tmp_path / "norgaard.json")
    for w in (win, opened):
        w.undo_stack.setClean()


@pytest.mark.parametrize(("lang", "stem"), [("da", "Nyt kort"), ("en", "New map")])
def test_a_new_map_without_a_family_name_is_offered_under_its_title(qtbot, monkeypatch, tmp_path, lang, stem):
    """A new map with no family name yet is offered as "Nyt kort.skymap.json" (as the window's title
    says), not "skymap.skymap.json"; a saved "Holm.skymap.json" keeps the double suffix and its PDF is
    offered as "Holm.pdf", not "Holm.skymap.pdf"."""
    from PySide6.QtWidgets import QFileDialog

    from skymap.model.template import new_map
    from skymap.storage.mapfile import save_map
    from skymap.ui.main_window import MainWindow

    app = QApplication.instance()
    i18n.install(app, lang)
    try:
        offered = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda parent, title, name, *a, **k: offered.append(name) or ("", "")))
        win = MainWindow(new_map("standard", family_name="", lang=lang), None, lang)
        qtbot.addWidget(win)
        win.act_save_as.trigger()
        assert Path(offered[-1]).name == f"{stem}.skymap.json"
        path = tmp_path / "Holm.skymap.json"
        save_map(win.doc.map, path)
        saved = MainWindow(win.doc.map, path, lang)
        qtbot.addWidget(saved)
        saved.act_save_as.trigger()
        assert Path(offered[-1]).name == "Holm.skymap.json"
        assert Path(saved.default_name(".pdf")).name == "Holm.pdf"
        for w in (win, saved):
            w.undo_stack.setClean()
    finally:
        i18n.install(app, "en")
