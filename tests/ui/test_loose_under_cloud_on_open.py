"""A map saved with a person in no cloud standing inside a cloud (before model/loose.py kept
them out, or written by another program) opens as it was saved: nothing is moved and the map
is not marked changed, but the status bar names the person and says that Tidy Up moves them
out. Edit ▸ Tidy Up (Ctrl+T), or the cloud's own "Tidy up this cloud", then does: one undo
step, the person still in no cloud."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from skymap.model.loose import covers
from skymap.storage.mapfile import save_map
from tests.helpers import by_name, example
from tests.ui.test_context_menu_actions import through_real_menu

SAID = {
    "en": "In no cloud, but standing inside one: Jens Lund. Edit ▸ Tidy Up moves them out.",
    "da": "Uden sky, men inde i en: Jens Lund. Rediger ▸ Ryd op flytter dem ud.",
}


@pytest.fixture
def win(example_window_each_language):
    return example_window_each_language  # (tests/ui/conftest.py: English and Danish)


def open_with_one_under_a_cloud(window, tmp_path, monkeypatch):
    """File ▸ Open (Ctrl+O) of a map in which Jens Lund, in no cloud, stands in the GP's
    empty cloud."""
    skymap = example()
    gp = next(d for d in skymap.domains if d.id == "d-gp")
    data = skymap.model_dump()
    # the GP's cloud is empty (Anders Kirk has left), and Jens stands in it
    gone = {a["id"] for a in data["actors"] if a["domain"] == "d-gp"}
    data["actors"] = [a for a in data["actors"] if a["id"] not in gone]
    data["links"] = [ln for ln in data["links"] if not {ln["source"], ln["target"]} & gone]
    data["actors"].append({"id": "a-jens", "name": "Jens Lund", "kind": "professional",
                           "x": gp.x, "y": gp.y + 10, "domain": None})
    path = tmp_path / "jens.json"
    save_map(type(skymap).model_validate(data), path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.Open))
    assert window.path == path
    window.activateWindow()
    window.view.setFocus()
    for _ in range(100):  # the keys on the new map (the window active again after the dialog)
        if QApplication.focusWidget() is window.view:
            break
        QTest.qWait(10)
    return window.doc.actor("a-jens"), window.doc.domain("d-gp")


def test_opening_leaves_the_map_as_saved_and_says_who_stands_inside_a_cloud(win, tmp_path, monkeypatch):
    jens, gp = open_with_one_under_a_cloud(win, tmp_path, monkeypatch)
    assert jens.domain is None and covers(gp, jens)  # as saved: nothing moved on open
    assert not win.is_modified() and not win.isWindowModified()
    assert win.statusBar().currentMessage() == SAID[win.lang]


def test_tidy_up_then_moves_them_out_in_one_undo_step(win, tmp_path, monkeypatch):
    jens, _gp = open_with_one_under_a_cloud(win, tmp_path, monkeypatch)
    QTest.keyClick(win, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # Edit ▸ Tidy Up
    moved = win.doc.actor(jens.id)
    assert moved.domain is None
    assert [d.id for d in win.doc.map.domains if covers(d, moved)] == []
    assert win.undo_stack.count() == 1 and win.is_modified()
    win.undo_stack.undo()
    assert (win.doc.actor(jens.id).x, win.doc.actor(jens.id).y) == (jens.x, jens.y)


def test_tidy_up_this_cloud_from_its_context_menu_moves_them_out(win, tmp_path, monkeypatch):
    jens, gp = open_with_one_under_a_cloud(win, tmp_path, monkeypatch)
    win.scene.select_only(gp.id)
    text = {"en": "Tidy up this cloud", "da": "Ryd op i denne sky"}[win.lang]
    through_real_menu(monkeypatch, lambda: QTest.keyClick(win.view, Qt.Key.Key_Menu),
                      lambda menu: next(a for a in menu.actions() if a.text() == text))
    moved = win.doc.actor(jens.id)
    assert moved.domain is None and not covers(win.doc.domain(gp.id), moved)
    assert by_name(win.doc, "Jens Lund").id == jens.id
    assert win.undo_stack.count() == 1
