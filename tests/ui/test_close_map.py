"""File > Close Map (Ctrl+W; Filer > Luk kort): unsaved changes are asked about as when the
window closes (Save, Discard, Cancel); closed, the window shows what Skymap shows when it
is opened with no map - a new map from the standard template, never saved, nothing to undo -
and the map's file is free again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from skymap.model.template import new_map
from skymap.storage import locks
from skymap.storage.mapfile import load_map
from skymap.ui import i18n

MENU = {"da": ("&Filer", "&Luk kort"), "en": ("&File", "&Close Map")}
NEW_TITLE = {"da": "Nyt kort", "en": "New map"}


@pytest.fixture(params=["da", "en"])
def window(request, open_example, tmp_path):
    i18n.install(QApplication.instance(), request.param)
    win = open_example(request.param)
    assert win.save_to(tmp_path / "hojgaard.skymap.json")  # a saved map, its file ours
    yield win
    i18n.install(QApplication.instance(), "en")


def close_action(window):
    file_text, close_text = MENU[window.lang]
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == file_text)
    return next(a for a in file_menu.actions() if a.text() == close_text)


def add_a_member(window) -> None:
    QTest.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(window.docview.inline.fields["name"], "Karla")
    QTest.keyClick(window.docview.inline.fields["name"], Qt.Key.Key_Return)
    assert window.is_modified()


def shows_the_start_state(window) -> None:
    start = new_map("standard", lang=window.lang)
    assert window.path is None and not window.is_modified() and not window.read_only
    assert [d.label for d in window.doc.map.domains] == [d.label for d in start.domains]
    assert not window.doc.map.actors and len(window.doc.map.family) == len(start.family)
    assert window.undo_stack.count() == 0 and not window.act_undo.isEnabled()
    assert window.windowTitle().startswith(NEW_TITLE[window.lang])


def test_ctrl_w_asks_about_unsaved_changes_and_leaves_the_start_state(window, dialogs):
    path = window.path
    add_a_member(window)
    assert close_action(window).shortcut().toString() == "Ctrl+W"
    QTest.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert [d[0] for d in dialogs] == ["question"]  # asked, answered Discard (conftest)
    shows_the_start_state(window)
    assert not locks.lock_path(path).exists()  # the file is free for others
    assert all(m.name != "Karla" for m in load_map(path).family)  # discarded: not saved


def test_close_map_from_the_menu_saves_when_asked_to(window, monkeypatch):
    path = window.path
    add_a_member(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    close_action(window).trigger()
    shows_the_start_state(window)
    assert any(m.name == "Karla" for m in load_map(path).family)


def test_cancel_keeps_the_map_open_with_its_changes(window, monkeypatch):
    path = window.path
    add_a_member(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    close_action(window).trigger()
    assert window.path == path and window.is_modified()
    assert any(m.name == "Karla" for m in window.doc.map.family)
    window.undo_stack.setClean()


def test_a_saved_map_closes_without_a_question(window, dialogs):
    close_action(window).trigger()
    assert dialogs == []
    shows_the_start_state(window)
