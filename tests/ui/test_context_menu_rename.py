"""Rename… in the map's context menu, as a user reaches it: a right click on a person or a
cloud that was not selected, "Rename…" picked in the real menu (its keyboard, or a click on
the entry), then the in-place editor is open and typing + Enter renames in one undo step.
The other shared entries (Copy, Delete, Connect Selected) act on what was right-clicked too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

from skymap.ui import modal
from tests.helpers import by_name
from tests.ui.test_context_menu_actions import REAL_EXEC_MENU, TEXTS, _clipboard, point_of, right_click


@pytest.fixture
def win(example_window_each_language):
    return example_window_each_language  # (tests/ui/conftest.py: English and Danish)


def _pick(monkeypatch, window, point: QPoint, text: str, how: str) -> None:
    """Right-click at `point`; in the menu that pops up choose the entry `text` with the
    keyboard (arrow keys down to it, Return) or with a left click on its rectangle."""
    monkeypatch.setattr(modal, "exec_menu", REAL_EXEC_MENU)
    seen: dict = {}

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            return
        seen["menu"] = True
        action = next((a for a in menu.actions() if a.text() == text), None)
        if action is None or not action.isEnabled():
            seen["missing"] = [a.text() for a in menu.actions()]
            menu.close()
            return
        if how == "keys":
            while menu.activeAction() is not action:
                QTest.keyClick(menu, Qt.Key_Down)
            QTest.keyClick(menu, Qt.Key_Return)
        else:
            QTest.mouseClick(menu, Qt.LeftButton, Qt.NoModifier, menu.actionGeometry(action).center())

    QTimer.singleShot(0, choose)
    right_click(window, point)
    assert seen.get("menu"), "no context menu opened"
    assert "missing" not in seen, seen.get("missing")
    for _ in range(3):  # what a user sees once the menu has gone (queued focus checks ran)
        QApplication.processEvents()


def _cloud_point(window, domain_id) -> QPoint:
    """A point of the cloud's label (where the cloud, not one of its people, is hit)."""
    item = window.scene.item_for(domain_id)
    pos = window.view._point_on(item)  # (the point the menu key uses: the cloud is hit first)
    assert pos is not None
    return window.view.mapFromScene(pos)


@pytest.mark.parametrize("how", ["keys", "click"])
@pytest.mark.parametrize("kind", ["person", "cloud"])
def test_rename_from_the_context_menu_of_an_unselected_thing_opens_the_editor(win, monkeypatch, kind, how):
    karin, lise = by_name(win.doc, "Karin Holm"), by_name(win.doc, "Lise Dam")
    win.scene.select_only(lise.id)  # something else selected before the right click
    if kind == "person":
        obj_id, point = karin.id, point_of(win, karin.id)
    else:
        obj_id = karin.domain
        point = _cloud_point(win, obj_id)
    hit = win.scene.itemAt(win.view.mapToScene(point), win.view.transform())
    steps = win.undo_stack.count()
    _pick(monkeypatch, win, point, TEXTS[win.lang]["rename"], how)
    inline = win.docview.inline
    assert inline.isVisible() and inline.target is not None and inline.target[1] == obj_id, hit
    field = inline.fields["name" if kind == "person" else "label"]
    assert isinstance(field, QLineEdit) and field.hasFocus()
    QTest.keyClicks(field, "Ny titel")
    QTest.keyClick(field, Qt.Key_Return)
    assert not inline.isVisible()
    name = win.doc.actor(obj_id).name if kind == "person" else win.doc.domain(obj_id).label
    assert name == "Ny titel"
    assert win.undo_stack.count() == steps + 1  # one undo step
    win.undo_stack.undo()
    assert (win.doc.actor(obj_id).name if kind == "person" else win.doc.domain(obj_id).label) != "Ny titel"


def test_copy_delete_connect_act_on_the_thing_right_clicked_not_the_old_selection(win, monkeypatch):
    texts = TEXTS[win.lang]
    karin, lise = by_name(win.doc, "Karin Holm"), by_name(win.doc, "Lise Dam")
    win.scene.select_only(lise.id)
    _pick(monkeypatch, win, point_of(win, karin.id), texts["copy"], "keys")
    assert karin.name.encode("utf-8") in _clipboard() and lise.name.encode("utf-8") not in _clipboard()
    win.scene.select_only(lise.id)
    steps = win.undo_stack.count()
    _pick(monkeypatch, win, point_of(win, karin.id), texts["delete"], "click")
    assert win.doc.actor(karin.id) is None and win.doc.actor(lise.id) is not None
    assert win.undo_stack.count() == steps + 1
    win.undo_stack.undo()
    # Connect Selected: shown only with two people selected, the one right-clicked among them
    win.scene.select_only(lise.id)
    _pick_none = {}
    monkeypatch.setattr(modal, "exec_menu", lambda menu, pos: _pick_none.setdefault("menu", menu))
    right_click(win, point_of(win, karin.id))
    assert win.act_connect not in _pick_none["menu"].actions()  # (only Karin is selected now)
    assert [i for _, i in win.scene.selected_targets()] == [karin.id]


@pytest.mark.parametrize("entry", ["note", "professional"])
def test_add_here_from_the_menu_of_the_empty_map_opens_the_editor_too(win, monkeypatch, entry):
    text = {("en", "note"): "Add note here", ("da", "note"): "Tilføj note her",
            ("en", "professional"): "Add professional here", ("da", "professional"): "Tilføj fagperson her"}
    _pick(monkeypatch, win, QPoint(12, 12), text[win.lang, entry], "keys")
    inline = win.docview.inline
    assert inline.isVisible() and inline.target is not None
    field = inline.fields["text" if entry == "note" else "name"]
    assert field.hasFocus()
