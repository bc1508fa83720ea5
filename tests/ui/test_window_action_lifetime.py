"""The actions the window keeps live as long as the window (or until a language switch
builds them again): a toolbar button's action is the window's, not the toolbar's, and a
context menu, deleted once it is closed, never takes a window action with it.

A tester's long session (F11 twice, a family coordinator set from the right-click menu,
consent in the person form and in the inspector with a date that is no date, a protected
father with a reason, a click on the map, F11) ended in "Skymap could not finish that
(RuntimeError)" on every later F11: the family view's switch reached the toolbar's Tidy Up
action after Python had lost it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from shiboken6 import isValid

from skymap.model.vocabulary import Consent
from skymap.ui import modal
from tests.helpers import by_name


def point_of(window, obj_id) -> QPoint:
    return window.view.mapFromScene(window.scene.anchor_of(obj_id))


def right_click_and_pick(window, monkeypatch, obj_id, text: str) -> None:
    """Right-click `obj_id` on the map and pick the entry `text` of the menu that opens."""
    picked = []

    def pick(menu, _pos) -> None:
        entry = next(a for a in menu.actions() if a.text() == text)
        entry.trigger()  # as a click on it does, while the menu is up
        picked.append(entry.text())

    monkeypatch.setattr(modal, "exec_menu", pick)
    viewport, point = window.view.viewport(), point_of(window, obj_id)
    QTest.mouseClick(viewport, Qt.RightButton, Qt.NoModifier, point)
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                       viewport.mapToGlobal(point)))
    assert picked == [text]


def deferred_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def f11(window) -> None:
    QTest.keyClick(window, Qt.Key.Key_F11)
    QTest.qWait(50)  # the window goes full screen (or back) and lays itself out


def test_family_view_after_a_long_editing_session(open_example, monkeypatch, dialogs):
    window = open_example("en")
    window.activateWindow()
    QTest.qWaitForWindowActive(window)  # the keys are the active window's
    doc, viewport = window.doc, window.view.viewport()
    f11(window)
    f11(window)
    assert not window.family_view
    hanne = by_name(doc, "Hanne Lund")
    right_click_and_pick(window, monkeypatch, hanne.id, "Family coordinator")
    assert doc.actor(hanne.id).coordinator
    # consent in the person form (F2)
    karin = by_name(doc, "Karin Holm")
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point_of(window, karin.id))
    QTest.keyClick(window.view, Qt.Key.Key_F2)
    form = window.docview.inline
    combo = form.fields["consent"]
    combo.setCurrentIndex(combo.findData(Consent.GIVEN))
    QTest.keyClick(form.fields["name"], Qt.Key.Key_Return)
    assert doc.actor(karin.id).consent is Consent.GIVEN
    # and in the inspector, with a date that is no date
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point_of(window, hanne.id))
    rows = window.inspector.a_consent
    rows.consent.setCurrentIndex(rows.consent.findData(Consent.REFUSED))
    rows.consent.activated.emit(rows.consent.currentIndex())
    rows.date.edit.setFocus()
    rows.date.edit.selectAll()
    QTest.keyClicks(rows.date.edit, "31.02.2026")
    QTest.keyClick(rows.date.edit, Qt.Key.Key_Tab)
    # the father protected, with a reason
    thomas = by_name(doc, "Thomas Nørgaard")
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point_of(window, thomas.id))
    member = window.inspector.m_consent
    QTest.mouseClick(member.protected, Qt.MouseButton.LeftButton, pos=member.protected.rect().center())
    member.reason.setFocus()
    QTest.keyClicks(member.reason, "Risk assessment first")
    # a click on the empty map, then F11 again and again
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(8, 8))
    deferred_deletes()
    assert doc.member(thomas.id).protected and doc.member(thomas.id).protected_reason == "Risk assessment first"
    for on in (True, False, True, False):
        f11(window)
        deferred_deletes()
        assert window.family_view is on
        assert window.act_tidy_bar.isVisible() is not on  # the drawing tools only in the family view
    assert not [d for d in dialogs if d[0] in ("warning", "critical", "box")]


def test_the_actions_the_window_keeps_belong_to_the_window(open_example, monkeypatch):
    window = open_example("en")
    kept = [window.act_tidy_bar, *window.toolbar_undo_redo, *window.edit_actions, *window.tool_actions.values()]
    kept += [getattr(window, name) for name in dir(window)
             if name.startswith("act_") and isinstance(getattr(window, name), QAction)]
    not_the_window = [a.text() for a in kept if a.parent() is not window]
    assert not_the_window == []
    # every button of the toolbar too (its Fit, Undo, Redo and Tidy Up)
    assert [a.text() for a in window.toolbar.actions() if not a.isSeparator() and a.parent() is not window] == []


def test_a_closed_context_menu_is_deleted_and_leaves_the_window_actions(open_example, monkeypatch):
    window = open_example("en")
    hanne = by_name(window.doc, "Hanne Lund")
    shared = [window.act_rename, window.act_copy, window.act_delete]
    for _ in range(3):
        right_click_and_pick(window, monkeypatch, hanne.id, "Core team")
        deferred_deletes()
    assert window.findChildren(QMenu, "canvasMenu") == []  # none piles up
    assert all(isValid(a) for a in shared)
    assert [a.isEnabled() for a in shared] == [True, True, True]
    # the shared entries still work from the menu bar and their keys
    window.scene.select_only(hanne.id)
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert window.doc.actor(hanne.id) is None
